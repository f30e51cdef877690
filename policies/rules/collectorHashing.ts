/**
 * A Logstash `fingerprint` filter pseudonymises only with a key: without `key` it computes a plain SHA-256 of the
 * identifier, which anyone can recompute for a guessed cluster id and link (logstash-filter-fingerprint: `key`
 * turns SHA1/SHA256/SHA384/SHA512/MD5 into their HMAC). The key must come from the keystore (`${NAME}`), never sit
 * in the pipeline text, and the method must be one that takes it (MURMUR3, UUID and PUNCTUATION ignore a key).
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { blankLiterals, logstashPipelines } from "./collectorScope";
import { COLLECTOR_GROUPS, K8S, k8sGroup, type Level } from "./common";

const KEYED_METHODS = ["SHA1", "SHA256", "SHA384", "SHA512", "MD5"];

/** The settings of every `fingerprint { … }` block of a pipeline, as `name => value` with quotes removed. */
export function fingerprintBlocks(text: string): Record<string, string>[] {
  const code = blankLiterals(text);
  const blocks: Record<string, string>[] = [];
  for (const m of code.matchAll(/\bfingerprint\s*\{/g)) {
    let depth = 0;
    let end = m.index;
    for (let i = m.index + m[0].length - 1; i < code.length; i++) {
      if (code[i] === "{") depth++;
      else if (code[i] === "}" && --depth === 0) {
        end = i;
        break;
      }
    }
    const body = text.slice(m.index + m[0].length, end);
    const settings: Record<string, string> = {};
    // `name => "value"`, `name => 'value'` or `name => bare`; arrays and hashes are kept as written.
    for (const s of body.matchAll(
      /([A-Za-z_][\w-]*)\s*=>\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\]]*\]|[^\s}]+)/g,
    ))
      settings[s[1]] = s[2].replace(/^["']|["']$/g, "");
    blocks.push(settings);
  }
  return blocks;
}

/** Why a fingerprint filter does not pseudonymise with a secret key, or undefined. */
export function fingerprintProblem(settings: Record<string, string>): string | undefined {
  const method = (settings.method ?? "SHA1").toUpperCase();
  if (!KEYED_METHODS.includes(method))
    return `method ${method} takes no key: the result is a plain hash anyone can recompute and link`;
  if (settings.key === undefined || settings.key === "")
    return `it has no key: ${method} without a key is a plain hash anyone can recompute and link`;
  if (!/^\$\{[A-Za-z_][A-Za-z0-9_.]*\}$/.test(settings.key))
    return "its key is written into the pipeline text instead of read from the keystore (${NAME})";
  return undefined;
}

export function collectorHashesAreKeyed(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "collector-hashes-are-keyed",
    description:
      "Every Logstash fingerprint filter is an HMAC with a key read from the keystore, never an unkeyed hash.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Render the pipeline with renderPipeline (components/collectors/assisted-installer/logstash.ts): its fingerprint " +
      'filters use method "SHA256" and key "${AM_PSEUDONYM_KEY}" from the Logstash keystore.',
    validateStack: (args, report) => {
      const secrets = args.resources.filter((r) => r.type === K8S.secret);
      // Unreadable pipelines are reported by collectors-select-assisted-migration; not twice.
      const ignore = () => undefined;
      for (const ls of args.resources.filter((r) => k8sGroup(r.type) === COLLECTOR_GROUPS.logstash)) {
        for (const { where, text } of logstashPipelines(ls, secrets, ignore)) {
          fingerprintBlocks(text).forEach((settings, i) => {
            const problem = fingerprintProblem(settings);
            const id = settings.id ? `"${settings.id}"` : `#${i}`;
            if (problem) report(`${where} fingerprint ${id}: ${problem}.`, ls.urn);
          });
        }
      }
    },
  };
}
