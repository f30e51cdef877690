/**
 * What the validators derive from fixed inputs (a CRD file, the `.d.ts` files of one kubernetes-models release), kept
 * on disk between runs.
 *
 * Why: deriving it is most of the synth's validation time (parsing YAML CRDs of several MB, compiling their schemas
 * with ajv, loading the TypeScript compiler to read `.d.ts` files), and the inputs only change with a pinned version.
 * Every entry is keyed by a hash of everything it is derived from, the deriving module's own source included, so a
 * changed input or a changed deriving rule is a miss, never a stale answer. A corrupt or unreadable entry is a miss
 * too; the cache is only ever a shortcut to the same result.
 *
 * Location: `AM_VALIDATION_CACHE`, else `${XDG_CACHE_HOME:-~/.cache}/am-dashboard/validation`; `AM_VALIDATION_CACHE=off`
 * derives everything afresh (the tests of the validators run that way as well as cached).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT } from "../naming";

function cacheDir(): string | undefined {
  const configured = process.env.AM_VALIDATION_CACHE;
  if (configured === "off") return undefined;
  if (configured) return configured;
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache");
  return path.join(base, PROJECT, "validation");
}

/** A hex digest of the given parts (order matters). */
export function digest(...parts: Array<string | Buffer>): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
}

const sourceDigests = new Map<string, string>();

/** The digest of a module's own source file, so that a change of a deriving rule invalidates what it derived. */
export function sourceDigest(file: string): string {
  let d = sourceDigests.get(file);
  if (!d) {
    d = digest(fs.readFileSync(file));
    sourceDigests.set(file, d);
  }
  return d;
}

/**
 * The value stored under `kind` and `key` (a digest), or `compute()`'s result, stored for next time. Values are
 * JSON; `compute` runs at most once per call.
 */
export function cachedJson<T>(kind: string, key: string, compute: () => T): T {
  const dir = cacheDir();
  if (!dir) return compute();
  const file = path.join(dir, `${kind}-${key.slice(0, 32)}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    // absent or unreadable: derive it
  }
  const value = compute();
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Write then rename: a concurrent reader sees the old entry or the whole new one, never half of it.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, file);
  } catch {
    // a read-only or full disk costs time on the next run, nothing else
  }
  return value;
}
