module local/schemas

go 1.26

require (
	github.com/elastic/cloud-on-k8s/v3 v3.5.0
	github.com/openshift/api v0.0.0-20260318185450-1f2fa3f09f4e
	github.com/operator-framework/api v0.45.0
)
