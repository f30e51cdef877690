/**
 * Reads a `Pulumi.<stack>.yaml` strictly, the one place where stack-file text becomes config entries.
 *
 * The Pulumi CLI parses the file with Go's yaml.v3, which is lenient in ways that hide mistakes: a key given twice
 * keeps the last value, and nothing complains about a section it does not know. Here every problem of the text
 * itself (invalid UTF-8, tabs used as indentation, a key given twice, aliases that expand without bound, a second
 * document, a file without `config:`) is reported with its line and what to do, in the same `ConfigError` the key
 * and value checks use, so a broken file never reaches the program as a half-read map.
 *
 * What the entries are: `<namespace>:<key>` → the YAML value (structured values stay structured), whether it is a
 * `secure:` (encrypted) value, and the line it is on. Which namespaces and keys are allowed is decided by
 * `parseStackConfig` (`load.ts`), which the `pulumi up` path goes through as well.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair } from "yaml";
import { closest, type ConfigIssue } from "./dsl";
import { PROJECT } from "../naming";
import { ConfigError } from "./errors";

export interface StackFileEntry {
  /** The value as written: a scalar, or a structured value (arrays, maps). */
  value: unknown;
  /** `secure: <ciphertext>`: the value is encrypted and `value` holds the ciphertext, never to be printed. */
  secure: boolean;
  line: number;
}

export interface StackFileContent {
  /** Path of the file read. */
  file: string;
  /** `<namespace>:<key>` → entry, in file order. Keys without a namespace get the project's, as the CLI does. */
  entries: Map<string, StackFileEntry>;
  /** ESC environments the stack imports. */
  environments: string[];
  /** Line of a config key, or of a value below it (`path` as issues name it: `nodeSets[0].count`). */
  lineOf(fullKey: string, path?: string): number | undefined;
}

/** Top-level sections of a stack file the Pulumi CLI knows (pkg/workspace/project.go `ProjectStack`). */
const STACK_FILE_SECTIONS = ["config", "environment", "secretsprovider", "encryptedkey", "encryptionsalt"];

/** Aliases a stack file may expand; a handful is plenty, thousands is an attack on the reader. */
const MAX_ALIAS_COUNT = 50;

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1];
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** What to do about each kind of YAML error, in an SRE's words. */
const YAML_ADVICE: Record<string, { found: string; allowed: string }> = {
  TAB_AS_INDENT: {
    found: "a tab used as indentation",
    allowed: "spaces (YAML does not allow tabs for indentation)",
  },
  DUPLICATE_KEY: {
    found: "a key given twice",
    allowed: "each key once (the CLI would silently keep only the last value): remove or merge the duplicate",
  },
  MULTIPLE_DOCS: {
    found: "a second YAML document (---)",
    allowed: "one document: remove the --- separator and what follows, or merge it into config:",
  },
  BAD_ALIAS: {
    found: "an alias to an anchor that does not exist",
    allowed: "an alias (*name) defined earlier as &name",
  },
  TAG_RESOLVE_FAILED: { found: "an unknown YAML tag", allowed: "plain values without !tags" },
};

function yamlIssue(
  code: string,
  message: string,
  line: number | undefined,
  column: number | undefined,
): ConfigIssue {
  const advice = YAML_ADVICE[code] ?? {
    found: `invalid YAML (${message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "")})`,
    allowed: "valid YAML: check quoting, indentation and brackets on this line",
  };
  return { namespace: "", path: "", found: advice.found, allowed: advice.allowed, line, column };
}

const describe = (node: unknown) =>
  isMap(node)
    ? "a map"
    : isSeq(node)
      ? "a list"
      : isScalar(node)
        ? node.value === null
          ? "nothing"
          : "a scalar"
        : "nothing";

/**
 * Reads and checks a stack file; throws `ConfigError` naming file and line for anything that is not a well-formed
 * stack file. Values are not validated here (that is `parseStackConfig`), only the file's structure.
 */
export function readStackFile(file: string, content?: Uint8Array): StackFileContent {
  const bytes = content ?? fs.readFileSync(file);
  const display = path.basename(file);
  const fail = (issues: ConfigIssue[]): never => {
    throw new ConfigError(display, issues, "Cannot read");
  };
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    fail([
      {
        namespace: "",
        path: "",
        found: `a byte that is not UTF-8 (0x${bytes[bad].toString(16).padStart(2, "0")} at byte ${bad})`,
        allowed: "a UTF-8 text file: re-save the file as UTF-8",
        line: lineAt(bytes, bad),
      },
    ]);
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    uniqueKeys: true,
    strict: true,
    merge: true,
    lineCounter: lines,
    prettyErrors: false,
  });
  const located = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset));
  // Mistakes with known advice (a tab, a duplicate key) are each reported. The parser's other errors usually
  // cascade from the first one (a tab shifts every following line), so only the first of those is.
  const all = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const known = all.filter((e) => e.code in YAML_ADVICE);
  const errors = (known.length > 0 ? known : all.slice(0, 1))
    .map((e) => {
      const pos = located(e.pos[0]);
      return yamlIssue(e.code, e.message, pos?.line, pos?.col);
    })
    .filter(
      (issue, i, list) => issue.line === undefined || list.findIndex((o) => o.line === issue.line) === i,
    );
  if (errors.length > 0) fail(errors);

  const lineOfNode = (node: Node | null | undefined) => located(node?.range?.[0])?.line;
  const root = doc.contents;
  if (!isMap(root)) {
    fail([
      {
        namespace: "",
        path: "",
        found: describe(root) === "nothing" ? "an empty file" : `${describe(root)} at the top level`,
        allowed: `a map with a config: section of ${PROJECT}:<key> entries (see docs/configuration.md)`,
        line: lineOfNode(root),
      },
    ]);
  }
  const top = root as unknown as { items: Pair<Node, Node>[] };
  const issues: ConfigIssue[] = [];
  let configNode: Node | null | undefined;
  let environmentNode: Node | null | undefined;
  for (const pair of top.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (name === "config") configNode = pair.value;
    else if (name === "environment") environmentNode = pair.value;
    else if (name === undefined || !STACK_FILE_SECTIONS.includes(name)) {
      const hint = name ? closest(name, STACK_FILE_SECTIONS) : undefined;
      issues.push({
        namespace: "",
        path: "",
        found: `an unknown top-level section ${JSON.stringify(name ?? "(not a plain key)")}`,
        allowed: `${hint ? `did you mean "${hint}"? ` : ""}sections ${STACK_FILE_SECTIONS.join(", ")}`,
        line: lineOfNode(pair.key as Node),
      });
    }
  }
  if (!isMap(configNode)) {
    issues.push({
      namespace: "",
      path: "",
      found: configNode === undefined ? "no config: section" : `config: holding ${describe(configNode)}`,
      allowed: `a config: map of ${PROJECT}:<key> entries (pulumi config set writes them; see docs/configuration.md)`,
      line: lineOfNode(configNode) ?? 1,
    });
    fail(issues);
  }

  // Aliases: each must name an anchor defined before it, and all of them together may only expand so far.
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, alias) {
      const line = lineOfNode(alias as unknown as Node);
      firstAlias ??= line;
      if (alias.resolve(doc) === undefined)
        issues.push({
          namespace: "",
          path: "",
          found: `an alias *${alias.source} to an anchor not defined before it`,
          allowed: `an anchor &${alias.source} earlier in the file, or the value written out`,
          line,
        });
    },
  });
  if (issues.length > 0) fail(issues);

  let js: Record<string, unknown>;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (e) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount (the "billion laughs" file).
    fail([
      {
        namespace: "",
        path: "",
        found: "aliases that expand to too many values (an alias bomb)",
        allowed: `at most ${MAX_ALIAS_COUNT} alias expansions: write the values out instead of nesting *aliases`,
        line: firstAlias,
      },
    ]);
    throw e; // unreachable: fail throws
  }

  const entries = new Map<string, StackFileEntry>();
  const keyNodes = new Map<string, Node>();
  const config = js.config as Record<string, unknown>;
  for (const pair of (configNode as unknown as { items: Pair<Node, Node>[] }).items) {
    const line = lineOfNode(pair.key) ?? 1;
    if (!isScalar(pair.key) || typeof pair.key.value !== "string" || pair.key.value === "") {
      issues.push({
        namespace: "",
        path: "",
        found: "a config key that is not a plain name",
        allowed: `keys of the form ${PROJECT}:<key> or <provider>:<key>`,
        line,
      });
      continue;
    }
    const written = pair.key.value;
    const fullKey = written.includes(":") ? written : `${PROJECT}:${written}`;
    const [namespace, ...rest] = fullKey.split(":");
    const key = rest.join(":");
    const value = config[written];
    if (value === null || value === undefined || value === "") {
      issues.push({
        namespace,
        path: key,
        found: "an empty value",
        allowed: "a value, or remove the key (an empty key means nothing, not its default)",
        line,
      });
      continue;
    }
    let secure = false;
    if (typeof value === "object" && !Array.isArray(value) && "secure" in value) {
      const keys = Object.keys(value);
      if (keys.length !== 1 || typeof (value as { secure: unknown }).secure !== "string") {
        issues.push({
          namespace,
          path: key,
          found: "a secure: value with other keys beside it, or not a string",
          allowed: "exactly `secure: <ciphertext>` as pulumi config set --secret writes it",
          line,
        });
        continue;
      }
      secure = true;
    }
    entries.set(fullKey, { value: secure ? (value as { secure: string }).secure : value, secure, line });
    keyNodes.set(fullKey, pair.value as Node);
  }

  const environments: string[] = [];
  if (environmentNode !== undefined && environmentNode !== null) {
    const env = js.environment;
    const list = Array.isArray(env) ? env : [env];
    if (list.every((e) => typeof e === "string" && e !== "")) environments.push(...(list as string[]));
    else
      issues.push({
        namespace: "",
        path: "",
        found: "an environment: section that is not a list of ESC environment names",
        allowed: "environment: followed by a list such as - am-dashboard/prod",
        line: lineOfNode(environmentNode),
      });
  }
  if (issues.length > 0) fail(issues);

  const lineOf = (fullKey: string, at?: string): number | undefined => {
    const entry = entries.get(fullKey);
    if (!entry) return undefined;
    let node: Node | null | undefined = keyNodes.get(fullKey);
    let line = entry.line;
    for (const step of pathSteps(at ?? "")) {
      if (typeof step === "number" && isSeq(node)) node = node.items[step] as Node;
      else if (typeof step === "string" && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) break;
        line = lineOfNode(pair.key as Node) ?? line;
        node = pair.value as Node;
        continue;
      } else break;
      line = lineOfNode(node) ?? line;
    }
    return line;
  };
  return { file, entries, environments, lineOf };
}

/** `nodeSets[0].count` → ["nodeSets", 0, "count"]. */
export function pathSteps(at: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const m of at.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) steps.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return steps;
}

/** Stack config values reach a program as strings; structured values as JSON (what the CLI hands over). */
export function encodeValue(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
