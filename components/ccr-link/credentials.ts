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
import { childName, commonLabels, componentType } from "../../infra/naming";
import {
  credentialsKey,
  credentialsSecretName,
  crossClusterAccess,
  leaderCaConfigMapName,
  type LeaderIndex,
} from "./build";

export interface CcrCredentialsArgs {
  stack: string;
  alias: string;
  leaders: LeaderIndex[];
  /** Provider to the leader, which mints the key. */
  leader: elasticstack.Provider;
  /** The follower's namespace and cluster (the keystore Secret and CA ConfigMap live next to its Elasticsearch). */
  namespace: string;
  provider: k8s.Provider;
  /** PEM of the leader's transport CA. */
  leaderCa: pulumi.Input<string>;
  /** Lifetime of the cross-cluster key (e.g. `365d`); none when unset. */
  keyExpiration?: string;
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
        name: `am-ccr-${args.stack}-${args.alias}`,
        type: "cross_cluster",
        // Bridged names are pluralised (`replication` → `replications`); the body is the ES API's `access`.
        access: { replications: crossClusterAccess(args.leaders).replication },
        metadata: JSON.stringify({ follower_stack: args.stack, managed_by: "am-dashboard" }),
        ...(args.keyExpiration ? { expiration: args.keyExpiration } : {}),
      },
      { parent: this, provider: args.leader },
    );
    const onFollowerCluster = { parent: this, provider: args.provider };
    const secret = new k8s.core.v1.Secret(
      childName(name, "keystore"),
      {
        metadata: { name: this.keystoreSecret, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: { [credentialsKey(args.alias)]: pulumi.secret(key.encoded) },
      },
      onFollowerCluster,
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
