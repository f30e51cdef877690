/**
 * Secrets the program makes itself, with `@pulumi/random` (the Terraform provider hashicorp/random through the
 * Pulumi Terraform bridge, `sdks/random`), held as Pulumi secrets in state; and what rotates them without downtime.
 *
 * - `GeneratedSecrets`: one generator per secret the stack does not supply (`random.Password` for the connector's
 *   password, `random.Bytes` (hex) for the pseudonymisation key), keyed on the secret's rotation keeper: a new keeper
 *   replaces the generator, which makes a new value.
 * - `ConnectorLogin`: one PostgreSQL LOGIN role per password generation, a member of the read model's connector role.
 * - `KeyEpoch` (keyEpoch.ts): the record of a pseudonymisation-key generation where dashboards can mark it.
 *
 * Order and why there is no lockout window: docs/secrets.md.
 */
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import type { GeneratedSecretKey } from "../../infra/config/areas/secrets";
import type { RotationConfig } from "../../infra/config/areas/rotation";
import { childName, componentType } from "../../infra/naming";
import { loginProvider, type LoginInputs } from "./loginProvider";
import { INITIAL_GENERATION, loginRoleName } from "../../infra/naming/rotation";

export { KEY_EPOCH_INDEX, KeyEpoch, type KeyEpochArgs } from "./keyEpoch";
export { apiKeyName, generationDigits, INITIAL_GENERATION, loginRoleName } from "../../infra/naming/rotation";

/** How each generated secret is made: lengths and alphabets every consumer accepts without quoting. */
export const GENERATORS = {
  // Printable ASCII for the SCRAM verifier the read model computes; letters and digits only, so the value needs no
  // escaping in a URL, YAML or a connector form.
  plannerConnectorPassword: { kind: "password", length: 32 },
  // 32 random bytes as 64 hex digits: at least 32 characters, none of ':', '\', quotes or NUL (config rules).
  pseudonymisationKey: { kind: "bytes", length: 32 },
} as const satisfies Record<GeneratedSecretKey, { kind: "password" | "bytes"; length: number }>;

export interface GeneratedSecretsArgs<K extends GeneratedSecretKey = GeneratedSecretKey> {
  /** Secrets this stack uses. */
  readonly wanted: readonly K[];
  /** Values the stack supplies itself (secret config, e.g. from an existing secret manager): not generated. */
  readonly supplied: Partial<Record<GeneratedSecretKey, pulumi.Input<string>>>;
  /** `rotation` from stack config: the keeper of each secret. */
  readonly rotation?: RotationConfig;
}

export class GeneratedSecrets<
  K extends GeneratedSecretKey = GeneratedSecretKey,
> extends pulumi.ComponentResource {
  /** Every wanted secret, supplied or generated: always a Pulumi secret (the loop below sets each wanted key). */
  public readonly values = {} as Record<K, pulumi.Output<string>>;
  /** The keys this component generated (the rest were supplied). */
  public readonly generated: K[] = [];
  /** The keeper in effect per wanted secret (`0` when unset). */
  public readonly generations = {} as Record<K, string>;

  constructor(name: string, args: GeneratedSecretsArgs<K>, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("secrets", "GeneratedSecrets"), name, {}, opts);
    for (const key of args.wanted) {
      const generation = args.rotation?.[key] ?? INITIAL_GENERATION;
      this.generations[key] = generation;
      const supplied = args.supplied[key];
      if (supplied !== undefined) {
        this.values[key] = pulumi.secret(supplied);
        continue;
      }
      this.generated.push(key);
      const spec = GENERATORS[key];
      // The keeper is the only input that changes: a new one replaces the generator, i.e. makes a new value.
      const keepers = { rotation: generation };
      const resourceName = childName(name, kebab(key));
      const value =
        spec.kind === "password"
          ? new random.Password(
              resourceName,
              { length: spec.length, special: false, minLower: 1, minUpper: 1, minNumeric: 1, keepers },
              { parent: this },
            ).result
          : new random.Bytes(resourceName, { length: spec.length, keepers }, { parent: this }).hex;
      // The provider marks these sensitive (secret in state); wrapping keeps them secret whatever derives from them.
      this.values[key] = pulumi.secret(value);
    }
    this.registerOutputs({ generated: this.generated, generations: this.generations });
  }
}

function kebab(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

export interface ConnectorLoginArgs {
  /** Admin URL of the planner's PostgreSQL (secret). */
  adminUrl: pulumi.Input<string>;
  database: pulumi.Input<string>;
  /** The read model's connector role: the grants the login inherits. */
  groupRole: string;
  /** `rotation.plannerConnectorPassword`: names the login (`<groupRole>_r<digits>`). */
  keeper?: string;
  password: pulumi.Input<string>;
}

type DynamicLoginInputs = { [K in keyof LoginInputs]: pulumi.Input<LoginInputs[K]> };

/**
 * The connector's PostgreSQL login of the current password generation. Anything that takes `loginRole` and the
 * password (the connector's configuration) is updated after this login exists and before an older one is deleted.
 */
export class ConnectorLogin extends pulumi.dynamic.Resource {
  declare public readonly loginRole: pulumi.Output<string>;
  declare public readonly password: pulumi.Output<string>;

  constructor(name: string, args: ConnectorLoginArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: DynamicLoginInputs = {
      adminUrl: pulumi.secret(args.adminUrl),
      database: args.database,
      groupRole: args.groupRole,
      loginRole: loginRoleName(args.groupRole, args.keeper),
      password: pulumi.secret(args.password),
    };
    super(
      loginProvider,
      name,
      inputs,
      // Never delete-before-replace: the old login must outlive the move of its consumers.
      { ...opts, deleteBeforeReplace: false, additionalSecretOutputs: ["adminUrl", "password"] },
      "secrets",
      "ConnectorLogin",
    );
  }
}
