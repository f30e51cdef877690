/**
 * The kinds of stack the program composes, narrowed from the validated configuration: milestone 1 (ECK in the
 * migration cluster), milestone 2 on ECK (`target.mode: eck`, a separate cluster) and milestone 2 on an existing
 * deployment (`target.mode: existing`). Each kind carries the sections and secrets it needs as non-optional types,
 * and each capability (the planner connector, replication, the collectors) is present exactly when it is
 * configured, with what it needs; so a composition reads values where the flat configuration had optional keys.
 *
 * The narrowing runs after `rules.ts` accepted the configuration and cannot fail then: every key it requires is one
 * a rule requires. Were it to find one missing, a rule would be missing, and it says so (`ruleMissing`), naming the
 * key; `test/infra/config/kinds.test.ts` runs it over the shipped stacks and over mutations the loader accepts.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { GeneratedSecretKey } from "./areas/secrets";
import { wantedGeneratedSecrets } from "./generated";
import type { StackConfig } from "./load";

type Section<K extends keyof StackConfig> = NonNullable<StackConfig[K]>;

/** What every kind shares: the configuration without the sections and secrets whose presence depends on the kind. */
export type StackBase = Omit<
  StackConfig,
  | "milestone"
  | "elasticsearch"
  | "kibana"
  | "exposure"
  | "target"
  | "replication"
  | "collectors"
  | "replicationLeader"
  | "secrets"
>;

/** Elasticsearch and Kibana deployed with ECK (milestone 1, and milestone 2 with `target.mode: eck`). */
export interface EckSettings {
  readonly elasticsearch: Section<"elasticsearch">;
  readonly kibana: Section<"kibana">;
  readonly exposure: Section<"exposure">;
}

/** A secret the program generates when the stack does not supply it (`areas/secrets.ts`, `generatedSecretKeys`). */
export interface GeneratableSecret {
  readonly value: pulumi.Output<string>;
  readonly source: "generated" | "supplied";
}

/**
 * Supplies the generatable secrets a kind uses: the stack's value, else a generated one (the program registers the
 * generator, `stacks/secrets.ts`). The narrowing asks once, for the keys `wantedGeneratedSecrets` names.
 */
export type GenerateSecrets = <K extends GeneratedSecretKey>(
  wanted: readonly K[],
) => { readonly values: Readonly<Record<K, pulumi.Output<string>>>; readonly generated: readonly K[] };

/** What `GenerateSecrets` answered for the keys the stack wants (`wantedGeneratedSecrets`); empty when none. */
interface Generated {
  readonly values?: Readonly<Partial<Record<GeneratedSecretKey, pulumi.Output<string>>>>;
  readonly generated?: readonly GeneratedSecretKey[];
}

/** A wanted generatable secret, supplied or generated; absent only if a rule is missing. */
function generatable(g: Generated, key: GeneratedSecretKey, when: string): GeneratableSecret {
  const value = g.values?.[key] ?? ruleMissing(`${key} (generated secret)`, when);
  return { value, source: g.generated?.includes(key) ? "generated" : "supplied" };
}

/** `features.plannerConnector`: the planner read model and the connector, with what the rules require of them. */
export interface PlannerConnectorSettings {
  readonly planner: Section<"planner"> & { readonly podSelector: Record<string, string> };
  /** Secret `plannerAdminUrl`. */
  readonly adminUrl: pulumi.Output<string>;
  /** Secret `plannerConnectorPassword`, supplied or generated. */
  readonly password: pulumi.Output<string>;
}

export interface Milestone1Stack extends StackBase, EckSettings {
  readonly kind: "milestone1";
  /** Present exactly when `features.plannerConnector` is true. */
  readonly plannerConnector?: PlannerConnectorSettings;
  readonly replicationLeader?: Section<"replicationLeader">;
}

type RawReplication = Section<"replication">;
type RawLeader = RawReplication["leader"];
type RawRemoteClusterCa = NonNullable<RawLeader["remoteClusterCa"]>;

/** The leader's transport CA (API-key model): exactly one of the certificate, or the Secret it is published in. */
export type LeaderTransportCa =
  | { readonly pem: string }
  | { readonly secret: NonNullable<RawRemoteClusterCa["secret"]> };

interface ReplicationBase extends Omit<RawReplication, "securityModel" | "leader"> {
  readonly leader: Omit<RawLeader, "remoteClusterCa">;
  /** Secret `leaderPassword`. */
  readonly leaderPassword: pulumi.Output<string>;
}

/** Cross-cluster API key: needs ECK on the follower (the key goes into its keystore) and the leader's CA. */
export interface ApiKeyReplication extends ReplicationBase {
  readonly securityModel: "api-key";
  readonly leader: Omit<RawLeader, "remoteClusterCa"> & { readonly remoteClusterCa: LeaderTransportCa };
}

/** The TLS-certificate model. */
export interface CertificateReplication extends ReplicationBase {
  readonly securityModel: "certificate";
}

type RawCollectors = Section<"collectors">;
type RawAssistedInstaller = NonNullable<RawCollectors["assistedInstaller"]>;

/** Where the Assisted Installer collector reads the events: the section its `source` names. */
export type AssistedInstallerSource =
  | ({ readonly kind: "kafka" } & NonNullable<RawAssistedInstaller["kafka"]>)
  | ({ readonly kind: "opensearch" } & NonNullable<RawAssistedInstaller["opensearch"]>);

export interface AssistedInstallerSettings
  extends Omit<RawAssistedInstaller, "source" | "kafka" | "opensearch"> {
  readonly source: AssistedInstallerSource;
  /** Secret `kafkaPassword` or `opensearchPassword`, after the source. */
  readonly sourcePassword: pulumi.Output<string>;
  /** Secret `pseudonymisationKey`, supplied or generated. */
  readonly pseudonymisationKey: GeneratableSecret;
}

export interface TelemetrySettings extends NonNullable<RawCollectors["telemetry"]> {
  /** Secret `telemetryToken`. */
  readonly token: pulumi.Output<string>;
}

export interface CollectorsSettings {
  /** `collectors.namespace`, else the stack's namespace. */
  readonly namespace: string;
  readonly assistedInstaller?: AssistedInstallerSettings;
  readonly telemetry?: TelemetrySettings;
}

interface Milestone2Base extends StackBase {
  readonly collectors?: CollectorsSettings;
}

/** Milestone 2 with `target.mode: eck`: ECK on a cluster of its own, as milestone 1 deploys it. */
export interface Milestone2OnEck extends Milestone2Base, EckSettings {
  readonly kind: "milestone2-eck";
  readonly replication?: ApiKeyReplication | CertificateReplication;
}

/** `target` with `mode: existing`: an existing deployment reached by URL, configured and never deployed. */
export interface ExistingTarget {
  readonly elasticsearchUrl: string;
  readonly kibanaUrl: string;
  readonly username: string;
  readonly caPem?: string;
  readonly kibanaCaPem?: string;
  /** Secret `targetPassword`. */
  readonly password: pulumi.Output<string>;
}

/** Milestone 2 with `target.mode: existing`. */
export interface Milestone2OnExisting extends Milestone2Base {
  readonly kind: "milestone2-existing";
  readonly target: ExistingTarget;
  /** Only the certificate model: the API-key model needs the keystore ECK manages. */
  readonly replication?: CertificateReplication;
}

export type Milestone2Stack = Milestone2OnEck | Milestone2OnExisting;
/** The kinds that deploy Elasticsearch and Kibana with ECK. */
export type EckStack = Milestone1Stack | Milestone2OnEck;
export type StackKind = Milestone1Stack | Milestone2Stack;
export type StackKindName = StackKind["kind"];

/** A configuration the narrowing cannot type and the rules let through: a bug in `rules.ts`, never a user error. */
function ruleMissing(key: string, when: string, found = "nothing"): never {
  throw new Error(
    `internal: ${key} is ${found} although ${when}; the config rules (infra/config/rules.ts) accepted it, so a rule is missing there`,
  );
}

function secret(cfg: StackConfig, key: keyof StackConfig["secrets"], when: string): pulumi.Output<string> {
  return cfg.secrets[key] ?? ruleMissing(`${key} (secret)`, when);
}

function eckSettings(cfg: StackConfig): EckSettings {
  const when = "this stack deploys Elasticsearch and Kibana with ECK";
  return {
    elasticsearch: cfg.elasticsearch ?? ruleMissing("elasticsearch", when),
    kibana: cfg.kibana ?? ruleMissing("kibana", when),
    exposure: cfg.exposure ?? ruleMissing("exposure", when),
  };
}

function base(cfg: StackConfig): StackBase {
  const {
    milestone: _milestone,
    elasticsearch: _elasticsearch,
    kibana: _kibana,
    exposure: _exposure,
    target: _target,
    replication: _replication,
    collectors: _collectors,
    replicationLeader: _replicationLeader,
    secrets: _secrets,
    ...rest
  } = cfg;
  return rest;
}

function plannerConnector(cfg: StackConfig, generated: Generated): PlannerConnectorSettings {
  const when = "features.plannerConnector is true";
  const planner = cfg.planner ?? ruleMissing("planner", when);
  const podSelector = planner.podSelector ?? ruleMissing("planner.podSelector", when);
  return {
    planner: { ...planner, podSelector },
    adminUrl: secret(cfg, "plannerAdminUrl", when),
    password: generatable(generated, "plannerConnectorPassword", when).value,
  };
}

function milestone1(cfg: StackConfig, generated: Generated): Milestone1Stack {
  return {
    ...base(cfg),
    kind: "milestone1",
    ...eckSettings(cfg),
    ...(cfg.features.plannerConnector ? { plannerConnector: plannerConnector(cfg, generated) } : {}),
    ...(cfg.replicationLeader ? { replicationLeader: cfg.replicationLeader } : {}),
  };
}

function leaderTransportCa(ca: RawRemoteClusterCa | undefined): LeaderTransportCa {
  const when = 'replication.securityModel is "api-key"';
  if (ca?.pem !== undefined) return { pem: ca.pem };
  return { secret: ca?.secret ?? ruleMissing("replication.leader.remoteClusterCa", when) };
}

function replicationOf(cfg: StackConfig, r: RawReplication): ApiKeyReplication | CertificateReplication {
  const { securityModel: _securityModel, leader: rawLeader, ...rest } = r;
  const { remoteClusterCa, ...leader } = rawLeader;
  const leaderPassword = secret(cfg, "leaderPassword", "replication is configured");
  return r.securityModel === "api-key"
    ? {
        ...rest,
        securityModel: "api-key",
        leader: { ...leader, remoteClusterCa: leaderTransportCa(remoteClusterCa) },
        leaderPassword,
      }
    : { ...rest, securityModel: "certificate", leader, leaderPassword };
}

function assistedInstaller(
  cfg: StackConfig,
  ai: RawAssistedInstaller,
  generated: Generated,
): AssistedInstallerSettings {
  const { source, kafka, opensearch, ...rest } = ai;
  const when = `collectors.assistedInstaller.source is ${source}`;
  return {
    ...rest,
    source:
      source === "kafka"
        ? { kind: "kafka", ...(kafka ?? ruleMissing("collectors.assistedInstaller.kafka", when)) }
        : {
            kind: "opensearch",
            ...(opensearch ?? ruleMissing("collectors.assistedInstaller.opensearch", when)),
          },
    sourcePassword: secret(cfg, source === "kafka" ? "kafkaPassword" : "opensearchPassword", when),
    pseudonymisationKey: generatable(generated, "pseudonymisationKey", "collectors.assistedInstaller is set"),
  };
}

function collectorsOf(cfg: StackConfig, c: RawCollectors, generated: Generated): CollectorsSettings {
  const tel = c.telemetry;
  return {
    namespace: c.namespace ?? cfg.namespace,
    ...(c.assistedInstaller
      ? { assistedInstaller: assistedInstaller(cfg, c.assistedInstaller, generated) }
      : {}),
    ...(tel
      ? { telemetry: { ...tel, token: secret(cfg, "telemetryToken", "collectors.telemetry is set") } }
      : {}),
  };
}

function existingTarget(cfg: StackConfig, target: Section<"target">): ExistingTarget {
  const when = 'target.mode is "existing"';
  return {
    elasticsearchUrl: target.elasticsearchUrl ?? ruleMissing("target.elasticsearchUrl", when),
    kibanaUrl: target.kibanaUrl ?? ruleMissing("target.kibanaUrl", when),
    username: target.username,
    ...(target.caPem !== undefined ? { caPem: target.caPem } : {}),
    ...(target.kibanaCaPem !== undefined ? { kibanaCaPem: target.kibanaCaPem } : {}),
    password: secret(cfg, "targetPassword", when),
  };
}

function milestone2(cfg: StackConfig, generated: Generated): Milestone2Stack {
  const target = cfg.target ?? ruleMissing("target", "this is a milestone-2 stack");
  const replication = cfg.replication && replicationOf(cfg, cfg.replication);
  const shared = {
    ...base(cfg),
    ...(cfg.collectors ? { collectors: collectorsOf(cfg, cfg.collectors, generated) } : {}),
  };
  if (target.mode === "eck") {
    return {
      ...shared,
      kind: "milestone2-eck",
      ...eckSettings(cfg),
      ...(replication ? { replication } : {}),
    };
  }
  if (replication?.securityModel === "api-key")
    ruleMissing("replication.securityModel", 'target.mode is "existing"', '"api-key"');
  return {
    ...shared,
    kind: "milestone2-existing",
    target: existingTarget(cfg, target),
    ...(replication ? { replication } : {}),
  };
}

/**
 * The kind of a validated stack configuration. `generate` supplies the generatable secrets the kind uses, the ones
 * `wantedGeneratedSecrets` names (the list the synth prints too): it is called once when there are any, never
 * otherwise (it registers a component).
 */
export function stackKind(cfg: StackConfig, generate: GenerateSecrets): StackKind {
  const wanted = wantedGeneratedSecrets(cfg);
  const generated: Generated = wanted.length > 0 ? generate(wanted) : {};
  return cfg.milestone === 1 ? milestone1(cfg, generated) : milestone2(cfg, generated);
}
