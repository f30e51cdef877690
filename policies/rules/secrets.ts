/**
 * Credentials and the pseudonymisation key stay Pulumi secrets, and nothing credential-shaped is written in clear
 * into a ConfigMap, a Secret built from a plain string, an environment variable or any other prop.
 *
 * The analyzer hands policies decrypted values, so secret-ness is judged by `secretness` (common.ts): proven by
 * `additionalSecretOutputs` or the provider schema, and a credential prop must be provably secret. Messages name the resource and the prop path, never the value.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import {
  at,
  isDynamic,
  isElastic,
  isObject,
  knownPart,
  jsonProp,
  K8S,
  label,
  secretness,
  type Level,
  type SeenResource,
} from "./common";
import { podSpecs } from "./workloads";
/** Key names that announce a credential. */
const CREDENTIAL_KEY =
  /(pass(word|wd)?|token|api[_-]?key|secret|credential|private[_-]?key|pseudonymi[sz]ation[_-]?key)$/i;
/** `password: x` / `api_key=x` inside a config file; `${VAR}` references are not credentials. */
const CREDENTIAL_ASSIGNMENT =
  /\b(pass(word|wd)?|token|api[_-]?key|secret)\b["']?\s*[:=]\s*(?!\$\{)["']?[^\s"'$]{3,}/i;
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@/i;
/** The read model's keyed function called with a literal: the pseudonymisation key itself. */
const KEY_LITERAL = /_keyed\s*\(\s*'/i;

/** Environment variable names of credentials (`AM_PSEUDONYM_KEY`, `HASH_SALT`); `_KEY_ID`, `_KEY_FILE` are not. */
const ENV_CREDENTIAL_NAME = /(^|[_-])(KEY|SECRET|TOKEN|PASS(WORD|WD)?|CREDENTIALS?|SALT|PEPPER)$/i;

/** Why a string looks like a credential, or undefined. Never returns the value. */
export function credentialShape(key: string, value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  if (PEM_PRIVATE_KEY.test(value)) return "a PEM private key";
  if (URL_WITH_PASSWORD.test(value)) return "a URL with a password";
  if (KEY_LITERAL.test(value)) return "the pseudonymisation key (a keyed read-model call)";
  if (CREDENTIAL_ASSIGNMENT.test(value)) return "a credential assignment";
  if (CREDENTIAL_KEY.test(key) && !/^\$\{[^}]+\}$/.test(value))
    return `a value under the credential-like key "${key}"`;
  return undefined;
}

/** String leaves of a value with their dotted paths (arrays by index). */
function leaves(value: unknown, path: string, out: { path: string; key: string; value: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}.${i}`, out));
  else if (isObject(value))
    for (const k of Object.keys(value)) leaves(value[k], path ? `${path}.${k}` : k, out);
  else
    out.push({
      path,
      key:
        path
          .split(".")
          .filter((s) => !/^\d+$/.test(s))
          .pop() ?? path,
      value,
    });
  return out;
}

/** Props that carry a credential or the pseudonymisation key and must therefore be secrets, per resource kind. */
function requiredSecrets(r: SeenResource): string[] {
  // The sync rules hold no key (connector-reads-read-model-only refuses any literal in their query).
  if (isDynamic(r, "ConnectorSyncRules", ["connectorId", "rules"])) return ["connection"];
  if (isDynamic(r, "ConnectorConfiguration", ["connectorId", "values"])) return ["values", "connection"];
  if (isDynamic(r, "KeyEpoch", ["keyName", "epoch"])) return ["connection"];
  if (isElastic(r.type, "ElasticsearchConnector")) return ["configurationValues", "apiKeySecretId"];
  if (r.type === "pulumi:providers:elasticstack") {
    // Generated provider SDKs JSON-encode object inputs, so the whole block is what is (or is not) secret.
    return ["elasticsearches", "kibanas", "elasticsearch", "kibana"].filter((block) => {
      const parsed = jsonProp(at(r.props, block));
      return (
        parsed.ok &&
        ["password", "apiKey", "bearerToken"].some((k) =>
          present({ ...r, props: { v: parsed.value } }, `v.${k}`),
        )
      );
    });
  }
  if (r.type.startsWith("pulumi-nodejs:dynamic")) {
    // Any other dynamic resource (e.g. the read model): credential-named top-level props.
    return Object.keys(r.props).filter((k) => CREDENTIAL_KEY.test(k) || /url$/i.test(k));
  }
  return [];
}

function present(r: SeenResource, path: string): boolean {
  const v = at(r.props, ...path.split("."));
  return v !== undefined && v !== null && v !== "";
}

export function credentialsAreSecrets(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "credentials-are-secrets",
    description:
      "Passwords, API keys, connection credentials and the pseudonymisation key are Pulumi secrets.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Wrap the value with pulumi.secret(...) (or read it with config.requireSecret) and list the prop in " +
      "additionalSecretOutputs of dynamic resources; set the config key with `pulumi config set --secret`.",
    validateResource: (args, report) => {
      // The dynamic-provider host gets the whole stack configuration as its inputs (decrypted for the analyzer);
      // config secrets are encrypted in the stack file, which the config loader enforces (infra/config/areas/secrets.ts).
      if (args.type === "pulumi:providers:pulumi-nodejs") args.notApplicable("the stack configuration");
      const r = args as SeenResource;
      const required = requiredSecrets(r).filter((p) => present(r, p));
      for (const path of required) {
        const s = secretness(r, path);
        // Undecidable under the analyzer is reported too: these props must be provably secret.
        if (s !== true)
          report(`${label(args)}: "${path}" holds a credential but is not provably a Pulumi secret.`);
      }
      // Anything else that looks like a credential, outside the props known to be secret.
      for (const leaf of leaves(args.props, "")) {
        if (
          leaf.path === "__provider" ||
          required.some((p) => leaf.path === p || leaf.path.startsWith(`${p}.`))
        )
          continue;
        if (secretness(r, leaf.path) === true) continue;
        if (args.type === K8S.configMap || args.type === K8S.secret) continue; // no-plaintext-credentials covers them
        const shape = credentialShape(leaf.key, leaf.value);
        if (shape && !isHarmlessKey(leaf.path))
          report(`${label(args)}: "${leaf.path}" contains ${shape} in clear.`);
      }
    },
  };
}

/** A Kubernetes object name with at least one dash (as Secret names have; a bare word could be a password). */
function isSecretName(v: unknown): boolean {
  return typeof v === "string" && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(v);
}

/** A Kubernetes object reference (`namespace/name`) or a parenthesised explanation, not a value. */
function isReference(v: unknown): boolean {
  return (
    typeof v === "string" &&
    (/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(v) || /^\(.*\)$/.test(v))
  );
}

/** Paths whose credential-like names carry references, not credentials (secret names, key ids). */
function isHarmlessKey(path: string): boolean {
  return (
    /(secretName|secretRef|secretKeyRef|keyId|apiKeyId|SecretName|secretId)(\.|$)/.test(path) ||
    /\.valueFrom\./.test(path)
  );
}

export function noPlaintextCredentials(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "no-plaintext-credentials",
    description: "No ConfigMap or container environment variable carries a credential in clear.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Move the value into a Kubernetes Secret whose data comes from a Pulumi secret, and reference it with " +
      "secretKeyRef / a secret volume; keep ConfigMaps for non-sensitive settings only.",
    validateResource: (args, report) => {
      const r = args as SeenResource;
      if (args.type === K8S.configMap) {
        for (const section of ["data", "binaryData"]) {
          const data = at(args.props, section);
          if (!isObject(data)) continue;
          for (const key of Object.keys(data)) {
            const value = section === "binaryData" ? decodeBase64(data[key]) : data[key];
            const shape = CREDENTIAL_KEY.test(key)
              ? `the credential-like key "${key}"`
              : credentialShape(key, value);
            if (shape)
              report(
                `${label(args)}: ${section}.${key} holds ${shape}; ConfigMaps are not encrypted and readable by anyone with view rights.`,
              );
          }
        }
      } else if (podSpecs(args.type, args.props).length > 0) {
        // Every container env of the resource: plain Deployments and the pod templates of ECK resources alike.
        for (const leaf of leaves(args.props, "").filter((l) => /(^|\.)env\.\d+\.value$/.test(l.path))) {
          const steps = leaf.path.split(".");
          const name = String(at(args.props, ...steps.slice(0, -1), "name") ?? "");
          const container = String(at(args.props, ...steps.slice(0, -3), "name") ?? "?");
          // The name of a Kubernetes Secret, not its content: ECK's own chart passes its webhook certificate's Secret
          // as WEBHOOK_SECRET=elastic-webhook-server-cert (cloud-on-k8s v3.5.0 deploy/eck-operator).
          if (/_SECRET(_NAME)?$/.test(name) && isSecretName(leaf.value)) continue;
          const shape =
            secretness(r, leaf.path) === true
              ? "a Pulumi secret (in clear in the object, for anyone who may read it)"
              : (credentialShape(name, leaf.value) ??
                (ENV_CREDENTIAL_NAME.test(name) &&
                typeof leaf.value === "string" &&
                leaf.value !== "" &&
                !/^\$[({][^)}]+[)}]$/.test(leaf.value)
                  ? `a value under the credential-like name "${name}"`
                  : undefined));
          if (shape)
            report(
              `${label(args)}: container "${container}" env ${name} holds ${shape}; use valueFrom.secretKeyRef.`,
            );
        }
      } else {
        args.notApplicable("not a ConfigMap, Secret or workload");
      }
    },
  };
}

function decodeBase64(v: unknown): unknown {
  return typeof v === "string" ? Buffer.from(v, "base64").toString("utf8") : v;
}

/**
 * Stack outputs are printed by `pulumi up` and `pulumi stack output` and stored in clear unless secret. The root
 * `pulumi:pulumi:Stack` resource carries them as its outputs in a stack policy's view. In a preview some outputs are
 * unknown: the known ones are checked then (`knownPart`), the rest on `up` (test/engines/previews.test.ts plants a
 * credential under the real analyzer; the offline synth records no root resource and scans its own output).
 */
export function stackOutputsHoldNoCredentials(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "stack-outputs-hold-no-credentials",
    description:
      "No stack output carries a credential (a password in a URL, a key, a token), not even as a Pulumi secret.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Export only what operators need (URLs without credentials, names of the Secrets that hold credentials); " +
      "the analyzer cannot tell a secret output from a clear one, and a credential has no business in an output.",
    validateStack: (args, report) => {
      for (const stack of args.resources.filter((r) => r.type === "pulumi:pulumi:Stack")) {
        for (const leaf of leaves(knownPart(stack.props), "")) {
          // `bootstrapCredentialsSecret: "<namespace>/<name>"` names where a credential is, which is the point.
          if (/Secret$/.test(leaf.key) && isReference(leaf.value)) continue;
          const shape = credentialShape(leaf.key, leaf.value);
          if (shape && !isHarmlessKey(leaf.path))
            report(`stack output "${leaf.path}" contains ${shape} in clear.`, stack.urn);
        }
      }
    },
  };
}
