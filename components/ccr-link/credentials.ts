/**
 * What an API-key replication link must put on the follower before its Elasticsearch starts: the cross-cluster key
 * (created on the leader) in the keystore Secret that the follower's `secureSettings` name, and the leader's
 * transport CA in a ConfigMap its `transport.tls.certificateAuthorities` name.
 *
 * Why before: ECK rolls every node when a keystore entry or a trusted CA changes, and a remote cluster, follower
 * index or auto-follow pattern created during that restart races it. Created first, both are part of the nodes'
 * first start, so `pulumi up` never changes the follower under its own feet; a later key rotation is one restart
 * that the follower's `Ready` await covers.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, commonLabels, componentType, MANAGED_BY } from "../../infra/naming";
import type { LeaderIndex } from "../../infra/config/areas/replication";
import { apiKeyName } from "../../infra/naming/rotation";
import { credentialsKey, credentialsSecretName, crossClusterAccess, leaderCaConfigMapName } from "./build";

/**
 * The providers come through the resource options, `providers: [leader, followerCluster]`: the *leader's*
 * elasticstack provider (it mints the cross-cluster key) and the kubernetes provider of the follower's cluster (the
 * keystore Secret and the CA ConfigMap). One provider per package, so the options can carry both.
 */
export interface CcrCredentialsArgs {
  stack: string;
  alias: string;
  leaders: LeaderIndex[];
  /** The follower's namespace (the keystore Secret and CA ConfigMap live next to its Elasticsearch). */
  namespace: string;
  /** PEM of the leader's transport CA. */
  leaderCa: pulumi.Input<string>;
  /** Lifetime of the cross-cluster key (e.g. `365d`); none when unset. */
  keyExpiration?: string;
  /**
   * `rotation.crossClusterApiKey`: a new keeper names a new key, minted on the leader before the old one is
   * invalidated; the keystore Secret moves to it in between (docs/secrets.md).
   */
  keyRotation?: string;
}

/** The cross-cluster key's name at generation 0; a rotation keeper appends `-r<keeper>`. */
export function crossClusterKeyName(stack: string, alias: string): string {
  return `am-ccr-${stack}-${alias}`;
}

export class CcrCredentials extends pulumi.ComponentResource {
  /** Secret and ConfigMap names the follower Elasticsearch references. */
  public readonly keystoreSecret: string;
  public readonly caConfigMap: string;
  /** What the follower Elasticsearch must be created after. */
  public readonly ready: pulumi.Resource[];

  constructor(name: string, args: CcrCredentialsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("replication", "CcrCredentials"), name, {}, opts);
    const labels = commonLabels(args.stack, "ccr-link");
    this.keystoreSecret = credentialsSecretName(args.alias);
    this.caConfigMap = leaderCaConfigMapName(args.alias);
    const key = new elasticstack.ElasticsearchSecurityApiKey(
      childName(name, "cross-cluster-key"),
      {
        name: apiKeyName(crossClusterKeyName(args.stack, args.alias), args.keyRotation),
        type: "cross_cluster",
        // Bridged names are pluralised (`replication` → `replications`); the body is the ES API's `access`.
        access: { replications: crossClusterAccess(args.leaders).replication },
        metadata: JSON.stringify({ follower_stack: args.stack, managed_by: MANAGED_BY }),
        ...(args.keyExpiration ? { expiration: args.keyExpiration } : {}),
      },
      // A new name is a new key: created first, the Secret takes it, then the old key is deleted (invalidated).
      { parent: this, replaceOnChanges: ["name"], deleteBeforeReplace: false },
    );
    const onFollowerCluster = { parent: this };
    const secret = new k8s.core.v1.Secret(
      childName(name, "keystore"),
      {
        metadata: { name: this.keystoreSecret, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: { [credentialsKey(args.alias)]: pulumi.secret(key.encoded) },
      },
      // Explicit: written after a rotated key exists and before the replaced one is deleted.
      { ...onFollowerCluster, dependsOn: [key] },
    );
    const ca = new k8s.core.v1.ConfigMap(
      childName(name, "leader-ca"),
      {
        metadata: { name: this.caConfigMap, namespace: args.namespace, labels },
        data: { "ca.crt": args.leaderCa },
      },
      onFollowerCluster,
    );
    this.ready = [secret, ca];
    this.registerOutputs({ keystoreSecret: this.keystoreSecret, caConfigMap: this.caConfigMap });
  }
}
