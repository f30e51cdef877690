package main

// GetRequiredPackages, which the 3.68.0 host does not have (it answers "unknown method").
//
// Why it matters: when the language host reports no provider packages, the engine (pkg/v3@v3.276.0
// engine/plugins.go computeDefaultProviderPackages) falls back to every package it knows, including those read from
// the previous snapshot. For an explicit provider of a parameterized package (the generated elasticstack SDK, whose
// SDK clears the version option when it has a package ref), resource/deploy/source_eval.go then writes the base
// plugin's version (terraform-provider 1.1.3) over the package version (0.16.2) on every run after the first, so each
// `pulumi up` after the first showed `pulumi:providers:elasticstack [diff: ~version]`. The modern host reports the
// packages itself, and the engine then uses only those, the same on every run.
//
// What is reported follows the modern host's documented behaviour: every package.json under the program's
// node_modules (scoped folders, nested node_modules and symlinked packages included) whose "pulumi" section says
// "resource": true, with the plugin name (pulumi.name, else the @pulumi/ package's simple name), its version
// (pulumi.version, else the package's), the download server and the parameterization. Packages whose package.json
// cannot be read are skipped, as upstream does (a partial answer, never a failed call).

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

const getRequiredPackagesMethod = "/pulumirpc.LanguageRuntime/GetRequiredPackages"

// pulumiPackageJSON is the part of a package.json that says which provider plugin the package needs.
type pulumiPackageJSON struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Pulumi  struct {
		Resource         bool   `json:"resource"`
		Name             string `json:"name"`
		Version          string `json:"version"`
		Server           string `json:"server"`
		Parameterization *struct {
			Name    string `json:"name"`
			Version string `json:"version"`
			Value   string `json:"value"` // base64, as the SDK generator writes it
		} `json:"parameterization"`
	} `json:"pulumi"`
}

func getRequiredPackages(req *pulumirpc.GetRequiredPackagesRequest) *pulumirpc.GetRequiredPackagesResponse {
	dir := req.GetInfo().GetProgramDirectory()
	if dir == "" {
		dir = req.GetInfo().GetRootDirectory()
	}
	seen := map[string]bool{}
	var packages []*pulumirpc.PackageDependency
	walkNodeModules(filepath.Join(dir, "node_modules"), seen, &packages)
	return &pulumirpc.GetRequiredPackagesResponse{Packages: packages}
}

// walkNodeModules visits every package folder of one node_modules folder (and the node_modules nested in them).
func walkNodeModules(nodeModules string, seen map[string]bool, out *[]*pulumirpc.PackageDependency) {
	entries, err := os.ReadDir(nodeModules)
	if err != nil {
		return
	}
	for _, entry := range entries {
		path := filepath.Join(nodeModules, entry.Name())
		if strings.HasPrefix(entry.Name(), "@") {
			walkNodeModules(path, seen, out) // a scope folder holds packages, like node_modules itself
			continue
		}
		visitPackage(path, seen, out)
	}
}

func visitPackage(path string, seen map[string]bool, out *[]*pulumirpc.PackageDependency) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil || seen[real] {
		return
	}
	seen[real] = true
	if info, err := os.Stat(real); err != nil || !info.IsDir() {
		return
	}
	if dep := packageDependency(filepath.Join(real, "package.json")); dep != nil {
		*out = append(*out, dep)
	}
	walkNodeModules(filepath.Join(real, "node_modules"), seen, out)
}

func packageDependency(file string) *pulumirpc.PackageDependency {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var pkg pulumiPackageJSON
	if json.Unmarshal(raw, &pkg) != nil || !pkg.Pulumi.Resource {
		return nil
	}
	name := pkg.Pulumi.Name
	if name == "" {
		if !strings.HasPrefix(pkg.Name, "@pulumi/") {
			return nil // a third-party package must name its plugin; upstream reports an error and skips it too
		}
		name = strings.TrimPrefix(pkg.Name, "@pulumi/")
	}
	version := pkg.Pulumi.Version
	if version == "" {
		version = pkg.Version
	}
	if version == "" {
		return nil
	}
	if !strings.HasPrefix(version, "v") {
		version = "v" + version
	}
	dep := &pulumirpc.PackageDependency{Name: name, Kind: "resource", Version: version, Server: pkg.Pulumi.Server}
	if p := pkg.Pulumi.Parameterization; p != nil {
		value, err := base64.StdEncoding.DecodeString(p.Value)
		if err != nil {
			return nil
		}
		dep.Parameterization = &pulumirpc.PackageParameterization{Name: p.Name, Version: p.Version, Value: value}
	}
	return dep
}
