/**
 * sdks/elasticstack is generated (npm run sdk:generate, docs/engines.md); this only checks that the three places
 * naming the provider agree: the generated package's parameterization, Pulumi.yaml `packages`, and the engine that
 * builds and seeds the provider. A mismatch would make the bridge look for a provider version that is not seeded.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { PLUGIN_VERSION } from "../../engines/pulumi-resource-terraform-provider/engine";
import { ELASTICSTACK_VERSION } from "../../engines/terraform-provider-elasticstack/engine";

const ROOT = path.join(__dirname, "..", "..");

describe("sdks/elasticstack (generated)", () => {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(ROOT, "sdks", "elasticstack", "package.json"), "utf8"),
  ) as {
    version: string;
    pulumi: {
      name: string;
      version: string;
      parameterization: { name: string; version: string; value: string };
    };
  };

  it("is parameterized for the provider version the engines build and seed", () => {
    assert.equal(pkg.version, ELASTICSTACK_VERSION);
    assert.equal(pkg.pulumi.parameterization.version, ELASTICSTACK_VERSION);
    assert.deepEqual(JSON.parse(Buffer.from(pkg.pulumi.parameterization.value, "base64").toString("utf8")), {
      remote: { url: "registry.opentofu.org/elastic/elasticstack", version: ELASTICSTACK_VERSION },
    });
  });

  it("matches Pulumi.yaml packages.elasticstack (base plugin and parameters)", () => {
    const project = parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8")) as {
      packages: { elasticstack: { source: string; version: string; parameters: string[] } };
    };
    assert.deepEqual(project.packages.elasticstack, {
      source: pkg.pulumi.name,
      version: pkg.pulumi.version,
      parameters: ["elastic/elasticstack", ELASTICSTACK_VERSION],
    });
    assert.equal(pkg.pulumi.version, PLUGIN_VERSION);
  });

  it("ships the compiled package its main points at (npm runs no install scripts)", () => {
    assert.ok(fs.existsSync(path.join(ROOT, "sdks", "elasticstack", "bin", "index.js")));
    assert.ok(fs.existsSync(path.join(ROOT, "sdks", "elasticstack", "bin", "package.json")));
  });
});
