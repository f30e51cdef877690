// pulumi-resource-kubernetes built from the published provider module. Upstream's own main embeds
// schema-embed.json and terraform-mapping-embed.json, which `go generate` writes and .gitignore keeps out of the
// module zip; `npm run engines` writes them from the module's schema.json and terraform-mapping.json (the version set
// to the one built), and this main embeds them the same way.
package main

import (
	_ "embed"

	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version"
)

//go:embed schema-embed.json
var pulumiSchema []byte

//go:embed terraform-mapping-embed.json
var terraformMapping []byte

func main() {
	provider.Serve("kubernetes", version.Version, pulumiSchema, terraformMapping)
}
