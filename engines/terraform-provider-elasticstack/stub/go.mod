module github.com/elastic/terraform-provider-elasticstack/analysis/acctestconfigdirlintplugin

go 1.26
