/**
 * The layers of the repository, bottom-up. A file may import files of its own layer and of the layers below it,
 * never of a layer above; and no import circle exists anywhere. `test/infra/layers.test.ts` parses every source file,
 * resolves its relative imports and holds the tree to this declaration.
 *
 * The order is derived from what the code imports, not from folder names:
 * - the shared contracts of the program and the policy pack (`contracts/`) import only the classification, and the
 *   pack may import nothing of the program, so they sit right above `anonymisation/`, below everything that uses them;
 * - the dashboards as code (`dashboards/`, except the previews) import only the classification, and the components
 *   compile them (`kibana-dashboards`, `viewer-access`), so they sit right above `anonymisation/`;
 * - the schema validation (`infra/validation/`), the mock engine (`infra/engine/`) and `infra/paths.ts` are used by
 *   the synth, the other tools and the tests only, never by the program, so they are part of the synth;
 * - the benchmarks drive the same harnesses as the tests (a real PostgreSQL, the real Pulumi CLI): they are checks.
 *
 * A file belongs to the layer of the longest path below that names it (a folder ends in `/`).
 */

export interface Layer {
  /** Short name, as the test reports it. */
  readonly name: string;
  /** What the layer holds, for a reader. */
  readonly holds: string;
  /** Folders (ending in `/`) and files, relative to the repository root. */
  readonly paths: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  {
    name: "anonymisation",
    holds: "the field classification, the read model's SQL and the derivations of mappings and pipelines",
    paths: ["anonymisation/"],
  },
  {
    name: "contracts",
    holds:
      "what the program and the policy pack agree on (annotations, the sync-rule validator, licence tiers, wildcards)",
    paths: ["contracts/"],
  },
  {
    name: "dashboards",
    holds: "dashboards as typed code over the classification, their language and compiler",
    paths: ["dashboards/"],
  },
  {
    name: "config",
    holds: "the typed stack configuration and its rules, naming and labels, providers",
    paths: ["infra/config/", "infra/naming/", "infra/providers/"],
  },
  {
    name: "components",
    holds: "the ComponentResources and their pure builders",
    paths: ["components/"],
  },
  {
    name: "program",
    holds:
      "the composition per milestone, the Pulumi entry point and how it runs under Pulumi's Node.js runtime",
    paths: ["stacks/", "index.ts", "infra/runtime/"],
  },
  {
    name: "policy pack",
    holds: "the CrossGuard policy pack (run by the Pulumi CLI beside the program, never imported by it)",
    paths: ["policies/"],
  },
  {
    name: "engines",
    holds:
      "the real engines the tests and previews run (built from their published modules), a real PostgreSQL",
    paths: ["engines/"],
  },
  {
    name: "fixtures",
    holds: "the synthetic planner corpus the dashboard previews, the benchmarks and the tests share",
    paths: ["fixtures/"],
  },
  {
    name: "synth",
    holds: "the offline synth of the program and what it runs on: the mock engine, schema validation, paths",
    paths: ["infra/synth/", "infra/engine/", "infra/validation/", "infra/paths.ts"],
  },
  {
    name: "tools",
    holds:
      "tools built on the synth: promotion, CI and PKO manifests, docs, dashboard previews, SDK generation, lint, the policy pack's bundle",
    paths: [
      "delivery/",
      "infra/docs/",
      "infra/lint/",
      "infra/layers.ts",
      "policies/build.ts",
      "dashboards/preview/",
      "sdks/generate.ts",
      "eslint.config.mjs",
    ],
  },
  {
    name: "checks",
    holds: "the tests and the benchmarks",
    paths: ["test/", "bench/"],
  },
];

/** Generated packages imported by their package names (`@pulumi/elasticstack`, `@pulumi/random`), not by path. */
export const OUTSIDE_LAYERS: readonly string[] = ["sdks/elasticstack/", "sdks/random/"];

/** Index into `LAYERS` of the layer a repository-relative file belongs to, or undefined when none names it. */
export function layerOf(file: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach((layer, index) => {
    for (const p of layer.paths) {
      const matches = p.endsWith("/") ? file.startsWith(p) : file === p;
      if (matches && (best === undefined || p.length > best.length))
        best = { layer: index, length: p.length };
    }
  });
  return best?.layer;
}
