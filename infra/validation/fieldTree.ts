/**
 * Which field names a core Kubernetes type accepts, read from the `.d.ts` files of `kubernetes-models`.
 *
 * Why: the compiled validators of kubernetes-models check types, enums, formats and required fields but accept
 * unknown fields (the upstream OpenAPI has no `additionalProperties: false`). The API server, with
 * `kubectl --validate=strict` / server-side field validation, rejects an unknown field — that is what catches
 * a typo such as `replica:` or `resource:`, which would otherwise be silently dropped. The `.d.ts` interfaces are
 * generated from the same OpenAPI definitions, so their property names are the field names the server knows.
 * Only the syntax tree is read (no type checker), lazily and once per type.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import type * as TS from "typescript";
import { cachedJson, digest, sourceDigest } from "./diskCache";

/** A node of the field tree: a closed object, a list, a string-keyed map, or a leaf that takes any value. */
export type FieldNode =
  | { kind: "object"; fields: Map<string, FieldNode> }
  | { kind: "array"; item: FieldNode }
  | { kind: "map"; value: FieldNode }
  | { kind: "any" };

const ANY: FieldNode = { kind: "any" };
const resolveFrom = createRequire(__filename);

// The TypeScript compiler is loaded only when a tree is not in the disk cache: loading it is most of the cost.
let tsModule: typeof TS | undefined;
function typescript(): typeof TS {
  tsModule ??= resolveFrom("typescript") as typeof TS;
  return tsModule;
}

interface ParsedFile {
  file: string;
  decls: Map<string, TS.InterfaceDeclaration | TS.TypeAliasDeclaration>;
  /** local name -> [module specifier, exported name] */
  imports: Map<string, [string, string]>;
  /** exported name -> local name (for `export { IFoo as IIoK8sFoo }`) */
  exportAliases: Map<string, string>;
}

const parsedFiles = new Map<string, ParsedFile>();
const typeCache = new Map<string, FieldNode>();

function parseFile(file: string): ParsedFile {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const ts = typescript();
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false);
  const parsed: ParsedFile = { file, decls: new Map(), imports: new Map(), exportAliases: new Map() };
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) parsed.decls.set(st.name.text, st);
    else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const bindings = st.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          parsed.imports.set(el.name.text, [st.moduleSpecifier.text, (el.propertyName ?? el.name).text]);
        }
      }
    } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        parsed.exportAliases.set(el.name.text, (el.propertyName ?? el.name).text);
      }
    }
  }
  parsedFiles.set(file, parsed);
  return parsed;
}

/** `../../v1/PodTemplateSpec` or `@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta` -> a `.d.ts` path. */
function resolveDts(fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else {
    const parts = specifier.split("/");
    const pkg = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    const rest = parts.slice(specifier.startsWith("@") ? 2 : 1).join("/");
    let root: string;
    try {
      root = path.dirname(resolveFrom.resolve(pkg, { paths: [path.dirname(fromFile)] }));
    } catch {
      return undefined;
    }
    base = path.join(root, rest);
  }
  for (const candidate of [`${base}.d.ts`, path.join(base, "index.d.ts")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Resolve a type name as seen from one file, following imports and `export { A as B }` aliases. */
function resolveName(parsed: ParsedFile, name: string, depth = 0): FieldNode {
  if (depth > 20) return ANY;
  const local = parsed.decls.get(name) ?? parsed.decls.get(parsed.exportAliases.get(name) ?? "");
  if (local) return resolveDecl(parsed, local);
  const imported = parsed.imports.get(name);
  if (!imported) return ANY; // e.g. TypeMeta from @kubernetes-models/base: handled by the interface itself
  const target = resolveDts(parsed.file, imported[0]);
  if (!target) return ANY;
  return resolveName(parseFile(target), imported[1], depth + 1);
}

function resolveDecl(parsed: ParsedFile, decl: TS.InterfaceDeclaration | TS.TypeAliasDeclaration): FieldNode {
  const ts = typescript();
  const key = `${parsed.file}#${decl.name.text}`;
  const cached = typeCache.get(key);
  if (cached) return cached;
  if (ts.isTypeAliasDeclaration(decl)) {
    // Placeholder first so that a recursive alias terminates.
    typeCache.set(key, ANY);
    const node = resolveTypeNode(parsed, decl.type);
    typeCache.set(key, node);
    return node;
  }
  const fields = new Map<string, FieldNode>();
  const node: FieldNode = { kind: "object", fields };
  typeCache.set(key, node); // before members: JSONSchemaProps and friends are recursive
  for (const clause of decl.heritageClauses ?? []) {
    for (const t of clause.types) {
      if (ts.isIdentifier(t.expression) && t.expression.text === "TypeMeta") {
        fields.set("apiVersion", ANY);
        fields.set("kind", ANY);
        continue;
      }
      if (ts.isIdentifier(t.expression)) {
        const base = resolveName(parsed, t.expression.text);
        if (base.kind === "object") for (const [k, v] of base.fields) fields.set(k, v);
      }
    }
  }
  for (const member of decl.members) {
    if (ts.isPropertySignature(member) && member.name) {
      const name =
        ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (name !== undefined) fields.set(name, member.type ? resolveTypeNode(parsed, member.type) : ANY);
    }
  }
  // An empty generated interface (RawExtension, FieldsV1) stands for free-form JSON.
  if (fields.size === 0) {
    typeCache.set(key, ANY);
    return ANY;
  }
  return node;
}

function resolveTypeNode(parsed: ParsedFile, t: TS.TypeNode): FieldNode {
  const ts = typescript();
  if (ts.isParenthesizedTypeNode(t)) return resolveTypeNode(parsed, t.type);
  if (ts.isArrayTypeNode(t)) return { kind: "array", item: resolveTypeNode(parsed, t.elementType) };
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
    if (t.typeName.text === "Array" && t.typeArguments?.length === 1) {
      return { kind: "array", item: resolveTypeNode(parsed, t.typeArguments[0]) };
    }
    return resolveName(parsed, t.typeName.text);
  }
  if (ts.isTypeLiteralNode(t)) {
    const index = t.members.find(ts.isIndexSignatureDeclaration);
    if (index) return { kind: "map", value: resolveTypeNode(parsed, index.type) };
    const fields = new Map<string, FieldNode>();
    for (const m of t.members) {
      if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
        fields.set(m.name.text, m.type ? resolveTypeNode(parsed, m.type) : ANY);
      }
    }
    return fields.size ? { kind: "object", fields } : ANY;
  }
  if (ts.isUnionTypeNode(t)) {
    // Unions in the generated models are literals/primitives (enums, int-or-string); one structured member
    // (rare) is kept, more than one cannot be told apart here, so it is left open rather than guessed.
    const structured = t.types.map((m) => resolveTypeNode(parsed, m)).filter((n) => n.kind !== "any");
    return structured.length === 1 ? structured[0] : ANY;
  }
  return ANY; // keywords and literals: the kubernetes-models validator checks those
}

/** A field tree as JSON: nodes by index, so that the recursive types (JSONSchemaProps) survive. */
interface EncodedTree {
  root: number;
  nodes: Array<
    | { k: "any" }
    | { k: "object"; f: Array<[string, number]> }
    | { k: "array"; i: number }
    | { k: "map"; v: number }
  >;
}

function encodeTree(root: FieldNode): EncodedTree {
  const ids = new Map<FieldNode, number>();
  const nodes: EncodedTree["nodes"] = [];
  const visit = (n: FieldNode): number => {
    const known = ids.get(n);
    if (known !== undefined) return known;
    const id = nodes.length;
    ids.set(n, id);
    nodes.push({ k: "any" }); // replaced below, once the children (which may point back here) have ids
    if (n.kind === "object")
      nodes[id] = { k: "object", f: [...n.fields].map(([name, c]) => [name, visit(c)]) };
    else if (n.kind === "array") nodes[id] = { k: "array", i: visit(n.item) };
    else if (n.kind === "map") nodes[id] = { k: "map", v: visit(n.value) };
    return id;
  };
  return { root: visit(root), nodes };
}

function decodeTree(encoded: EncodedTree): FieldNode {
  const nodes: FieldNode[] = encoded.nodes.map((e) =>
    e.k === "object"
      ? { kind: "object", fields: new Map() }
      : e.k === "array"
        ? { kind: "array", item: ANY }
        : e.k === "map"
          ? { kind: "map", value: ANY }
          : ANY,
  );
  encoded.nodes.forEach((e, i) => {
    const n = nodes[i];
    if (e.k === "object" && n.kind === "object") for (const [name, c] of e.f) n.fields.set(name, nodes[c]);
    else if (e.k === "array" && n.kind === "array") n.item = nodes[e.i];
    else if (e.k === "map" && n.kind === "map") n.value = nodes[e.v];
  });
  return nodes[encoded.root];
}

/** Versions of the packages whose `.d.ts` files a tree is read from: part of every tree's cache key. */
function modelsVersions(): string {
  return ["kubernetes-models", "@kubernetes-models/apimachinery", "@kubernetes-models/base"]
    .map((pkg) => {
      try {
        return `${pkg}@${(resolveFrom(`${pkg}/package.json`) as { version: string }).version}`;
      } catch {
        return `${pkg}@absent`;
      }
    })
    .join(",");
}

/** The field tree of an exported interface (e.g. `IDeployment`) of a kubernetes-models `.d.ts` file. */
export function fieldTreeOf(dtsFile: string, interfaceName: string): FieldNode {
  const key = digest(sourceDigest(__filename), modelsVersions(), dtsFile, interfaceName);
  return decodeTree(
    cachedJson("fields", key, () => encodeTree(resolveName(parseFile(dtsFile), interfaceName))),
  );
}

/** Unknown fields of `value` against `node`, as `<json pointer>: unknown field "x"` messages. */
export function unknownFields(value: unknown, node: FieldNode, pointer = ""): string[] {
  if (value === null || typeof value !== "object") return [];
  const out: string[] = [];
  if (node.kind === "array" && Array.isArray(value)) {
    value.forEach((v, i) => out.push(...unknownFields(v, node.item, `${pointer}/${i}`)));
  } else if (node.kind === "map" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      out.push(...unknownFields(v, node.value, `${pointer}/${escape(k)}`));
  } else if (node.kind === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue; // never serialised, so never sent
      const child = node.fields.get(k);
      if (!child) out.push(`${pointer || "/"}: unknown field "${k}"`);
      else out.push(...unknownFields(v, child, `${pointer}/${escape(k)}`));
    }
  }
  return out;
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
