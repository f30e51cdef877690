/**
 * The Red Hat Telemetry collector: an ECK-managed Metricbeat querying Telemetry's Prometheus-compatible API with
 * queries the program restricts to Assisted Migration clusters and aggregates, reshaped into the telemetry
 * document model and written through that model's final pipeline.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { AwaitMode } from "../../elastic-stack/elasticsearch";
import { telemetryDocument } from "../../../anonymisation/telemetry/model";
import type { TelemetryQuery } from "../../../anonymisation/telemetry/promql";
import { childName, commonLabels, componentType, k8sName } from "../../../infra/naming";
import { collectorAnnotations, collectorIndex } from "../elastic";
import { collectorEgressPolicy, urlPort, type CollectorNetwork } from "../egress";
import { keystoreSecret, targetCaSecret } from "../pod";
import { BEAT_CA_DIR, BEAT_HELPER_FIELDS, buildBeat, metricbeatConfig, TELEMETRY_KEYSTORE } from "./build";

export interface TelemetryCollectorArgs {
  namespace: string;
  stack: string;
  version: string;
  url: string;
  period: string;
  clusterLabel: string;
  /** Every figure the queries return sums at least k clusters (`anonymity.k`). */
  k: number;
  queries: TelemetryQuery[];
  index: string;
  token: pulumi.Input<string>;
  target: { url: string; caPem?: pulumi.Input<string> };
  /** `rotation.telemetryCollectorApiKey`: a new keeper mints a new API key and moves the keystore to it (docs/secrets.md). */
  apiKeyRotation?: string;
  /** What the NetworkPolicy lets the Metricbeat pod reach besides DNS. */
  network: CollectorNetwork;
  /** What `pulumi up` waits for on the ECK resource (`ready` on every real cluster). */
  await?: AwaitMode;
}

/**
 * The providers come through the resource options, `providers: [kubernetes, elasticstack]`: the cluster Metricbeat
 * runs on, and the target Elasticsearch (index guard, API key). The children inherit them.
 */
export class TelemetryCollector extends pulumi.ComponentResource {
  public readonly index: string;
  /** The Metricbeat configuration (no secret in it: `${...}` keystore references). */
  public readonly config: Record<string, unknown>;

  constructor(name: string, args: TelemetryCollectorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("collectors", "TelemetryCollector"), name, {}, opts);
    const labels = commonLabels(args.stack, "telemetry-collector");
    const base = k8sName("am-telemetry-collector");
    const kube = { parent: this };
    const es = collectorIndex(
      childName(name, "index"),
      {
        model: telemetryDocument,
        index: args.index,
        helperFields: BEAT_HELPER_FIELDS,
        apiKeyRotation: args.apiKeyRotation,
      },
      { parent: this },
    );
    this.index = args.index;
    const ca = targetCaSecret(name, base, { namespace: args.namespace, labels }, args.target.caPem, kube);
    const { secret: keystore, secretName: keystoreName } = keystoreSecret(
      name,
      base,
      { namespace: args.namespace, labels },
      { [TELEMETRY_KEYSTORE.token]: args.token, [TELEMETRY_KEYSTORE.esApiKey]: es.apiKeyCredential },
      // Explicit: the Secret moves to a rotated key after it exists, the replaced key goes after (docs/secrets.md).
      { ...kube, dependsOn: [es.apiKey] },
    );
    this.config = metricbeatConfig({
      url: args.url,
      period: args.period,
      clusterLabel: args.clusterLabel,
      k: args.k,
      queries: args.queries,
      index: args.index,
      target: { url: args.target.url, caFile: args.target.caPem ? `${BEAT_CA_DIR}/ca.crt` : undefined },
    });
    new k8s.apiextensions.CustomResource(
      childName(name, "beat"),
      buildBeat({
        name: base,
        namespace: args.namespace,
        labels,
        annotations: collectorAnnotations(telemetryDocument, args.index),
        version: args.version,
        config: this.config,
        keystoreSecret: keystoreName,
        caSecret: ca?.secretName,
        memory: "256Mi",
        await: args.await,
      }),
      { ...kube, dependsOn: [keystore, es.guard.template, ...(ca ? [ca.secret] : [])] },
    );
    collectorEgressPolicy(
      name,
      base,
      { namespace: args.namespace, labels },
      {
        source: { what: "Telemetry API", ports: [urlPort(args.url)] },
        targetUrl: args.target.url,
        network: args.network,
      },
      kube,
    );
    this.registerOutputs({ index: this.index });
  }
}
