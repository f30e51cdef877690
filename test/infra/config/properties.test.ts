/**
 * Property-based tests of the one path from stack file to configuration (fast-check).
 *
 * For arbitrary values at arbitrary keys of the shipped stack files, misspelt and added keys, and arbitrary edits
 * of their text (tabs, stray characters, duplicated lines, bytes that are not UTF-8), the loader either accepts the
 * file or throws one `ConfigError` whose every problem names the file and a key or line; it never crashes, never
 * prints a stack trace and never prints a planted secret. What it accepts narrows to a stack kind
 * (infra/config/kinds.ts), and for mutations the loader accepts, the whole program runs under the mock engine without
 * any component throwing.
 *
 * Seeded: `FC_SEED=<n> npx mocha test/infra/config/properties.test.ts` replays a run; the seed is printed on failure.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { ConfigError, parseStackConfig } from "../../../infra/config/load";
import { secretKeys } from "../../../infra/config/areas/secrets";
import {
  listStacks,
  loadStackFile,
  secretEnvVar,
  type LoadedStackFile,
} from "../../../infra/synth/stackFile";
import type { ParsedConfig } from "../../../infra/config/schema";
import { narrowParsed } from "../../support/kinds";
import { REPO_ROOT, runStack } from "../../support/stacks";
import { propertySeed } from "../../support/seed";

/** Runs of the whole-program property (each ~0.5 s); raise with FC_PROGRAM_RUNS to explore. */
const PROGRAM_RUNS = Number(process.env.FC_PROGRAM_RUNS ?? 12);
const { seed: SEED, replay } = propertySeed(__filename);

/** fast-check's report names seed and path; this adds how to replay it with this file. */
function check<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number) {
  const run = () => fc.assert(property as fc.IAsyncProperty<T>, { seed: SEED, numRuns, endOnFailure: false });
  return Promise.resolve(run()).catch((e: Error) => {
    e.message = `${e.message}\n${replay}`;
    throw e;
  });
}

const STACKS = listStacks(REPO_ROOT);
const TEXT = Object.fromEntries(
  STACKS.map((s) => [s, fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${s}.yaml`), "utf8")]),
);

/** Distinctive values in every secret key: none may ever appear in an error message. */
const PLANTED: Record<string, string> = Object.fromEntries(
  Object.keys(secretKeys).map((k) => [
    k,
    k === "plannerAdminUrl"
      ? "postgres://planted-admin:planted-pw-7f3a9c@planner-db.example.internal:5432/planner"
      : `planted-${k}-value-5b2e8d41c09a7f6e3d1b2a4c6e8f0a1b`,
  ]),
);
const ENV = Object.fromEntries(Object.entries(PLANTED).map(([k, v]) => [secretEnvVar(k), v]));
/** Fragments of the planted values that must not leak even in part. */
const PLANTED_FRAGMENTS = ["planted-pw-7f3a9c", "5b2e8d41c09a7f6e3d1b2a4c6e8f0a1b"];

/** The shipped stack's config section as YAML values (secrets as `secure:` entries, as the CLI writes them). */
function configOf(stack: string): Record<string, unknown> {
  const loaded = loadStackFile(`Pulumi.${stack}.yaml`, ENV, Buffer.from(TEXT[stack]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(loaded.config)) {
    if (loaded.secretKeys.includes(k)) out[k] = { secure: "v1:c2VjcmV0LWNpcGhlcnRleHQ=" };
    else out[k] = v.startsWith("{") || v.startsWith("[") ? JSON.parse(v) : /^-?\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}
const CONFIGS = Object.fromEntries(STACKS.map((s) => [s, configOf(s)]));

type Step = string | number;
/** Every path into a config: each top-level key and everything below it. */
function paths(value: unknown, prefix: Step[] = []): Step[][] {
  const out: Step[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === "object" && !("secure" in value))
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const PATHS = Object.fromEntries(STACKS.map((s) => [s, paths(CONFIGS[s])]));
/** Every scalar of every shipped stack: plausible values for any key (host names, versions, quantities...). */
const SHIPPED_SCALARS = [
  ...new Set(
    STACKS.flatMap((s) =>
      PATHS[s].map((p) => getAt(CONFIGS[s], p)).filter((v) => v === null || typeof v !== "object"),
    ),
  ),
] as unknown[];

function getAt(root: unknown, at: Step[]): unknown {
  return at.reduce<unknown>((node, step) => (node as Record<Step, unknown>)?.[step], root);
}

/** A copy with the value at `at` replaced (`undefined` deletes it), or the key at `at` renamed. */
function edit(
  root: Record<string, unknown>,
  at: Step[],
  change: { value?: unknown; rename?: string; remove?: true },
) {
  const copy = structuredClone(root);
  const parent = getAt(copy, at.slice(0, -1)) as Record<Step, unknown> | unknown[];
  const last = at[at.length - 1];
  if (!parent || typeof parent !== "object") return copy; // an earlier mutation removed or replaced it
  if (change.rename !== undefined && !Array.isArray(parent)) {
    const entries = Object.entries(parent).map(([k, v]) => [k === last ? change.rename! : k, v]);
    for (const k of Object.keys(parent)) delete (parent as Record<string, unknown>)[k];
    for (const [k, v] of entries) (parent as Record<string, unknown>)[k as string] = v;
  } else if (change.remove) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else (parent as Record<Step, unknown>)[last] = change.value;
  return copy;
}

const EDGE_STRINGS = [
  "",
  " ",
  "a",
  "A",
  "-",
  ".",
  "*",
  "?",
  "0",
  "-1",
  "1e3",
  "0.5",
  "512m",
  "0Gi",
  "1Gi",
  "100Ti",
  "latest",
  ":latest",
  "https://",
  "https://user:planted-pw-7f3a9c@host.example.com",
  "http://host",
  "x:1",
  "host:0",
  "host:99999",
  "a b",
  "UPPER",
  "ünïcödé",
  "日本",
  "\u0000",
  "a\nb",
  "{",
  "[",
  "null",
  "true",
  "~",
  "#",
  "&a",
  "*a",
  "'",
  '"',
  "x".repeat(300),
  "0 0 * * * ?",
  "0 0 * * * *",
  "* * * * *",
  "kubernetes.io/metadata.name",
  "{}",
  "[]",
];
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHIPPED_SCALARS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(...EDGE_STRINGS, 0, -1, 1, 2, 3, 65536, 1.5, true, false, null),
  },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean()) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant({ secure: "v1:YWJj" }) },
);

/** A key as someone might mistype it: a character dropped, doubled or swapped, its case or namespace changed. */
const typoArb = (key: string) =>
  fc.oneof(
    fc.nat({ max: Math.max(0, key.length - 1) }).map((i) => key.slice(0, i) + key.slice(i + 1)),
    fc.nat({ max: Math.max(0, key.length - 1) }).map((i) => key.slice(0, i) + key[i] + key.slice(i)),
    fc
      .nat({ max: Math.max(0, key.length - 2) })
      .map((i) => key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2)),
    fc.constant(key.toUpperCase()),
    fc
      .constantFrom("am-dashbord:", "kubernetes:", "elasticstack:", "pulumi:", "AM-dashboard:", "")
      .map((ns) => (key.includes(":") ? `${ns}${key.slice(key.indexOf(":") + 1)}` : `${ns}${key}`)),
  );

type Mutation =
  | { kind: "set"; at: Step[]; value: unknown }
  | { kind: "remove"; at: Step[] }
  | { kind: "rename"; at: Step[]; to: string }
  | { kind: "add"; at: Step[]; key: string; value: unknown };

const mutationArb = (stack: string): fc.Arbitrary<Mutation> =>
  fc.constantFrom(...PATHS[stack]).chain((at) => {
    const last = at[at.length - 1];
    const options: fc.Arbitrary<Mutation>[] = [
      valueArb.map((value) => ({ kind: "set" as const, at, value })),
      fc.constant({ kind: "remove" as const, at }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), valueArb).map(([key, value]) => ({
        kind: "add" as const,
        at: typeof last === "number" ? at.slice(0, -1) : at.slice(0, -1),
        key: at.length === 1 ? `am-dashboard:${key}` : key,
        value,
      })),
    ];
    if (typeof last === "string")
      options.push(typoArb(last).map((to) => ({ kind: "rename" as const, at, to })));
    return fc.oneof(...options);
  });

function apply(config: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  if (m.kind === "set") return edit(config, m.at, { value: m.value });
  if (m.kind === "remove") return edit(config, m.at, { remove: true });
  if (m.kind === "rename") return edit(config, m.at, { rename: m.to });
  const copy = structuredClone(config);
  const target = m.at.length === 0 ? copy : getAt(copy, m.at);
  if (target && typeof target === "object" && !Array.isArray(target))
    (target as Record<string, unknown>)[m.key] = m.value;
  return copy;
}

const caseArb = fc
  .constantFrom(...STACKS)
  .chain((stack) =>
    fc.tuple(fc.constant(stack), fc.array(mutationArb(stack), { minLength: 1, maxLength: 3 })),
  );

const render = (config: Record<string, unknown>) => Buffer.from(stringify({ config }, { lineWidth: 0 }));

/** Loads like the synth; returns the loaded file, or the ConfigError after checking it is a proper one. */
function loadOrRefuse(stack: string, bytes: Uint8Array): LoadedStackFile | ConfigError {
  const file = `Pulumi.${stack}.yaml`;
  let accepted: LoadedStackFile;
  let parsed: ParsedConfig;
  try {
    const loaded = loadStackFile(file, ENV, bytes);
    const secret = new Set(loaded.secretKeys);
    parsed = parseStackConfig(file, loaded.config, (k) => secret.has(k), loaded.lineOf);
    accepted = loaded;
  } catch (e) {
    if (!(e instanceof ConfigError))
      throw new Error(`the loader crashed instead of refusing: ${(e as Error)?.stack ?? String(e)}`);
    const [head, ...issues] = e.message.split("\n");
    assert.ok(
      head === `Cannot read ${file}, ${issues.length} problem(s):` ||
        head.startsWith(`Invalid stack configuration in ${file}`),
      head,
    );
    assert.ok(issues.length > 0 && issues.length === e.issues.length, e.message);
    for (const line of issues) {
      // Each problem names a line of the file or a <namespace>:<key>, then what was found and what is allowed.
      assert.match(
        line,
        /^ {2}- (line \d+(, column \d+)?(: |$)|[^\s:]+:[^\s]*: |"([^"\\]|\\.)*": )/,
        `names neither line nor key: ${line}`,
      );
      assert.match(line, /found .*; allowed: ./s, line);
    }
    assert.ok(!e.message.split("\n").some((l) => /^\s+at \S/.test(l)), "a stack trace in the message");
    for (const f of PLANTED_FRAGMENTS)
      assert.ok(!e.message.includes(f), `a planted secret in the message:\n${e.message}`);
    return e;
  }
  // What the loader accepts narrows to a stack kind: a failure here is a rule missing in infra/config/rules.ts.
  narrowParsed(stack, parsed);
  return accepted;
}

describe("stack file loader: property-based (fast-check)", function () {
  this.timeout(120_000 + PROGRAM_RUNS * 5_000);
  before(() => process.stdout.write(`      fast-check seed ${SEED} (replay with FC_SEED=${SEED})\n`));

  it("arbitrary values, removed, renamed and added keys of the shipped stack files: accepted, or refused naming file and key (1,000 cases)", async () => {
    let refused = 0;
    await check(
      fc.property(caseArb, ([stack, mutations]) => {
        const config = mutations.reduce(apply, CONFIGS[stack]);
        if (loadOrRefuse(stack, render(config)) instanceof ConfigError) refused++;
      }),
      1000,
    );
    // A generator that only ever produced valid files would prove nothing; one that never did, little more.
    assert.ok(refused > 100, `only ${refused} of 1000 mutated files were refused`);
  });

  it("arbitrary edits of the text (tabs, stray characters, duplicated lines, non-UTF-8 bytes): accepted, or refused naming the line (1,000 cases)", async () => {
    const insertions = [
      "\t",
      " ",
      ":",
      "- ",
      "{",
      "[",
      "]",
      '"',
      "'",
      "#",
      "&a ",
      "*a",
      "? ",
      "!!binary ",
      "\u00a0",
      "---\n",
      "\r",
    ];
    const editArb = fc.oneof(
      fc
        .tuple(fc.nat(), fc.constantFrom(...insertions))
        .map(([at, s]) => ({ kind: "insert" as const, at, s })),
      fc.nat().map((at) => ({ kind: "delete" as const, at })),
      fc.nat().map((at) => ({ kind: "duplicate-line" as const, at })),
      fc
        .tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 }))
        .map(([at, b]) => ({ kind: "bytes" as const, at, b })),
    );
    await check(
      fc.property(
        fc.constantFrom(...STACKS),
        fc.array(editArb, { minLength: 1, maxLength: 3 }),
        (stack, edits) => {
          let bytes = Buffer.from(TEXT[stack]);
          for (const e of edits) {
            const at = e.at % (bytes.length + 1);
            if (e.kind === "insert")
              bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.s), bytes.subarray(at)]);
            else if (e.kind === "bytes")
              bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.b), bytes.subarray(at)]);
            else if (e.kind === "delete")
              bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
            else {
              const lines = bytes.toString("latin1").split("\n");
              const i = at % lines.length;
              lines.splice(i, 0, lines[i]);
              bytes = Buffer.from(lines.join("\n"), "latin1");
            }
          }
          loadOrRefuse(stack, bytes);
        },
      ),
      1000,
    );
  });

  it("no component throws on a mutated configuration the loader accepted (the whole program under the mock engine)", async () => {
    let ran = 0;
    await check(
      fc.asyncProperty(caseArb, async ([stack, mutations]) => {
        const config = mutations.reduce(apply, CONFIGS[stack]);
        const loaded = loadOrRefuse(stack, render(config));
        fc.pre(!(loaded instanceof ConfigError));
        ran++;
        await runStack(stack, loaded as LoadedStackFile).catch((e: Error & { cause?: Error }) => {
          throw new Error(`a component threw on an accepted configuration: ${e.cause?.stack ?? e.stack}`);
        });
      }),
      PROGRAM_RUNS,
    );
    assert.equal(ran, PROGRAM_RUNS);
  });
});
