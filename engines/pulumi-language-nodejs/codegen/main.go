// pulumi-nodejs-codegen (our own code, see docs/engines.md): the Node.js SDK generator of pkg/v3 v3.260.0, the newest
// the proxy serves whose output runs on the project's @pulumi/pulumi 3.248 (Node 20). The adapter hands it one
// GeneratePackageRequest on stdin (protobuf) and reads the GeneratePackageResponse from stdout.
//
// Why not the CLI's own version: the 3.276 generator emits pulumi.runtime.existsResource (added to @pulumi/pulumi in
// 3.269) and asks for ^3.269.0; the 3.248 generator writes the provider's `@timestamp` attribute as a bare property
// name (a syntax error). 3.260 has neither problem and asks for ^3.238.0.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"google.golang.org/protobuf/proto"

	codegen "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
	"github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err == nil {
		req := &pulumirpc.GeneratePackageRequest{}
		if err = proto.Unmarshal(in, req); err == nil {
			var resp *pulumirpc.GeneratePackageResponse
			if resp, err = generatePackage(req); err == nil {
				var out []byte
				if out, err = proto.Marshal(resp); err == nil {
					_, err = os.Stdout.Write(out)
				}
			}
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-nodejs-codegen: %v\n", err)
		os.Exit(1)
	}
}

// generatePackage writes the Node.js SDK of a package schema into req.Directory, as the modern host's
// GeneratePackage does: bind the schema (dangling references allowed) with the engine's schema loader, then run the
// Node.js code generator; schema errors come back as diagnostics, not as a failed call.
func generatePackage(req *pulumirpc.GeneratePackageRequest) (*pulumirpc.GeneratePackageResponse, error) {
	loader, err := schema.NewLoaderClient(req.LoaderTarget)
	if err != nil {
		return nil, err
	}
	defer loader.Close()

	var spec schema.PackageSpec
	if err := json.Unmarshal([]byte(req.Schema), &spec); err != nil {
		return nil, err
	}
	pkg, diags, err := schema.BindSpec(spec, schema.NewCachedLoader(loader), schema.ValidationOptions{
		AllowDanglingReferences: true,
	})
	if err != nil {
		return nil, err
	}
	rpcDiags := plugin.HclDiagnosticsToRPCDiagnostics(diags)
	if diags.HasErrors() {
		return &pulumirpc.GeneratePackageResponse{Diagnostics: rpcDiags}, nil
	}

	files, err := codegen.GeneratePackage("pulumi-language-nodejs", pkg, req.ExtraFiles, req.LocalDependencies,
		req.Local, schema.NewCachedLoader(loader))
	if err != nil {
		return nil, err
	}
	for name, data := range files {
		out := filepath.Join(req.Directory, name)
		if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
			return nil, fmt.Errorf("could not create output directory %s: %w", filepath.Dir(name), err)
		}
		if err := os.WriteFile(out, data, 0o600); err != nil {
			return nil, fmt.Errorf("could not write output file %s: %w", name, err)
		}
	}
	return &pulumirpc.GeneratePackageResponse{Diagnostics: rpcDiags}, nil
}
