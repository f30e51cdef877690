/**
 * How credentials are made and replaced (issue 17), the forms a reviewer misses in a diff:
 * - a secret generated with a `@pulumi/random` resource whose result the provider does not mark sensitive
 *   (`random.String`, `Integer`, `Pet`, …: plain in state, previews and outputs), or with `Password` / `Bytes` but no
 *   rotation keeper (it could never be rotated by a config change);
 * - a credential replaced delete-before-replace (an Elasticsearch API key, a rotating PostgreSQL login): the consumer
 *   would be locked out between the delete and its move to the replacement.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { at, isDynamic, isElastic, isObject, jsonProp, label, type Level } from "./common";

/** `random:index/password:Password` → `Password`; undefined for other packages. */
function randomKind(type: string): string | undefined {
  return /^random:index\/[a-z0-9]+:([A-Za-z0-9]+)$/.exec(type)?.[1];
}

const SENSITIVE_GENERATORS = new Set(["Password", "Bytes"]);

function rotationKeeper(props: Record<string, unknown>): unknown {
  const keepers = at(props, "keepers");
  const parsed = typeof keepers === "string" ? jsonProp(keepers) : { ok: true, value: keepers };
  return parsed.ok && isObject(parsed.value) ? parsed.value.rotation : undefined;
}

export function credentialsGeneratedAndReplacedSafely(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "credentials-generated-and-replaced-safely",
    description:
      "Generated secrets come from a sensitive generator with a rotation keeper; credentials are replaced create-before-delete.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Generate secrets with random.Password or random.Bytes and keepers: { rotation: <the rotation keeper> }; " +
      "do not set deleteBeforeReplace on API keys or logins (the consumer must move before the old one goes).",
    validateResource: (args, report) => {
      const kind = randomKind(args.type);
      if (kind !== undefined) {
        if (!SENSITIVE_GENERATORS.has(kind))
          report(
            `${label(args)}: random ${kind}'s result is not sensitive (plain in state, previews and outputs); use random.Password or random.Bytes for anything secret.`,
          );
        else if (typeof rotationKeeper(args.props) !== "string")
          report(`${label(args)}: no keepers.rotation, so a config change can never rotate it.`);
        return;
      }
      const credential =
        isElastic(args.type, "ElasticsearchSecurityApiKey") ||
        isDynamic(args, "ConnectorLogin", ["groupRole", "loginRole"]);
      if (!credential) {
        args.notApplicable("not a generated secret or a replaceable credential");
        return;
      }
      if (args.opts?.deleteBeforeReplace)
        report(
          `${label(args)}: deleteBeforeReplace would remove the credential before its consumers move to the replacement.`,
        );
    },
  };
}
