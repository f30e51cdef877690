/**
 * The Elastic stack of one environment on one cluster: the ECK operator, Elasticsearch and Kibana (the two ECK custom
 * resources, from the pure builders in elasticsearch.ts and kibana.ts), their exposure and the NetworkPolicies that
 * guard them. Outputs what the rest of the program (and people) need to reach it, never
 * a password: only the name of the Secret that holds the bootstrap credentials.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import {
  childName,
  commonLabels,
  componentType,
  eckLabels,
  eckNames,
  eckUrls,
  POD_SECURITY_RESTRICTED,
} from "../../infra/naming";
import { EckOperator, type EckOperatorArgs } from "../eck-operator";
import { buildElasticsearch, type AwaitMode, type HttpTls, type NodeSetSpec } from "./elasticsearch";
import { Exposure, type Backend, type RouteTermination } from "../exposure";
import { buildKibana } from "./kibana";
import { liftedOutOf } from "./moved";
import {
  namespaceLabels,
  NetworkGuards,
  OPENSHIFT_INGRESS_NAMESPACE_LABEL,
  type NamedPeer,
} from "../network-policies";

export interface ElasticStackArgs {
  stack: string;
  platform: "openshift" | "kubernetes";
  namespace: string;
  /** Create the namespace (false when a cluster admin provides it). */
  createNamespace: boolean;
  operator: Omit<EckOperatorArgs, "stack" | "workloadNamespace" | "await">;
  elastic: { version: string };
  elasticsearch: {
    name: string;
    nodeSets: NodeSetSpec[];
    maxMapCount: "disable-mmap" | "preconfigured";
    zoneAwareness?: { topologyKey: string; zones?: string[] };
    extraConfig?: Record<string, unknown>;
    secureSettings?: { secretName: string }[];
    remoteClusterServer?: boolean;
    /** ConfigMap (`ca.crt`) of extra transport CAs: a replication leader's, whose server certificate it signs. */
    transportCaConfigMap?: string;
    /** What must exist before the nodes first start (the keystore and CA objects they reference). */
    dependsOn?: pulumi.Resource[];
  };
  kibana: { name: string; count: number; cpu: string; memory: string; cpuLimit?: string };
  exposure: {
    kibanaHost: string;
    elasticsearchHost?: string;
    routeTermination: RouteTermination;
    ingressClassName: string;
    ingressNamespace: string;
    /** Public host of the remote cluster server (replication leader); enables it and exposes it by passthrough. */
    remoteClusterHost?: string;
  };
  /** Peers admitted to Elasticsearch on 9200 besides its own nodes, Kibana, the operator and the router. */
  elasticsearchPeers: NamedPeer[];
  /** Peers admitted on the remote cluster server port 9443 (milestone 2). */
  remoteClusterPeers?: NamedPeer[];
  /** Peers admitted to Kibana on 5601 besides the router (the in-cluster deploy runner manages dashboards). */
  kibanaPeers?: NamedPeer[];
  /** What `pulumi up` waits for on the ECK resources (`ready` on every real cluster). */
  await: AwaitMode;
}

export class ElasticStack extends pulumi.ComponentResource {
  public readonly elasticsearchName: string;
  public readonly kibanaName: string;
  public readonly namespace: string;
  /** URL of Elasticsearch inside the cluster (Service DNS). */
  public readonly elasticsearchInternalUrl: string;
  public readonly kibanaInternalUrl: string;
  /** Public URLs (Route / Ingress hosts); Elasticsearch only when exposed. */
  public readonly elasticsearchPublicUrl?: string;
  public readonly kibanaPublicUrl: string;
  /** Name of the Secret holding the `elastic` superuser password (read it with RBAC, never from an output). */
  public readonly bootstrapCredentialsSecret: string;
  /** Name of the Secret whose `ca.crt` is the CA of the Elasticsearch HTTP certificate. */
  public readonly caSecret: string;
  /** PEM of that CA, read from the cluster once ECK has created it. */
  public readonly elasticsearchCa: pulumi.Output<string>;
  /** PEM of the CA of Kibana's HTTP certificate: ECK issues one CA per owner, so it is not Elasticsearch's. */
  public readonly kibanaCa: pulumi.Output<string>;
  /** Password of the `elastic` user, secret; only for the in-program Elastic provider. */
  public readonly elasticPassword: pulumi.Output<string>;
  /** The ECK Elasticsearch and Kibana custom resources, for ordering later objects after them. */
  public readonly elasticsearch: k8s.apiextensions.CustomResource;
  public readonly kibana: k8s.apiextensions.CustomResource;
  public readonly operatorNamespace: string;

  /**
   * The cluster's kubernetes provider comes through the resource options (`provider`, or `providers`), as for any
   * component: every child is created with `{ parent: this }` and the engine takes its provider from this
   * component's (Pulumi.yaml disables the default kubernetes provider, so a child without one fails the preview).
   */
  constructor(name: string, args: ElasticStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("platform", "ElasticStack"), name, {}, opts);
    const labels = commonLabels(args.stack, "elastic-stack");
    const ns = args.namespace;
    const esName = args.elasticsearch.name;
    const kbName = args.kibana.name;
    this.namespace = ns;
    this.elasticsearchName = esName;
    this.kibanaName = kbName;

    const namespace = args.createNamespace
      ? [
          new k8s.core.v1.Namespace(
            childName(name, "namespace"),
            { metadata: { name: ns, labels: { ...labels, ...POD_SECURITY_RESTRICTED } } },
            { parent: this },
          ),
        ]
      : [];

    const operator = new EckOperator(
      childName(name, "eck"),
      {
        ...args.operator,
        stack: args.stack,
        workloadNamespace: ns,
        await: args.await,
      },
      { parent: this, dependsOn: namespace },
    );
    this.operatorNamespace = operator.operatorNamespace;

    const remoteClusterHost = args.exposure.remoteClusterHost;
    const serviceCa = args.platform === "openshift" && args.exposure.routeTermination === "reencrypt";
    const tlsFor = (host: string | undefined, secretName: string): HttpTls =>
      serviceCa
        ? { mode: "openshift-service-ca", secretName }
        : { mode: "eck-self-signed", extraSans: host ? [host] : [] };

    // Each custom resource was once the only child of its own component (`<name>-es`, `<name>-kb`): its alias names
    // that removed parent, so a deployed stack keeps its cluster instead of replacing it (moved.ts).
    const formerEs = { type: componentType("eck", "Elasticsearch"), name: childName(name, "es") };
    const formerKb = { type: componentType("eck", "Kibana"), name: childName(name, "kb") };
    this.elasticsearch = new k8s.apiextensions.CustomResource(
      childName(formerEs.name, "cluster"),
      buildElasticsearch({
        name: esName,
        namespace: ns,
        version: args.elastic.version,
        labels,
        nodeSets: args.elasticsearch.nodeSets,
        maxMapCount: args.elasticsearch.maxMapCount,
        zoneAwareness: args.elasticsearch.zoneAwareness,
        http: tlsFor(args.exposure.elasticsearchHost, `${esName}-es-http-serving`),
        extraConfig: args.elasticsearch.extraConfig,
        secureSettings: args.elasticsearch.secureSettings,
        remoteClusterServer: args.elasticsearch.remoteClusterServer || Boolean(remoteClusterHost),
        transportSans: remoteClusterHost ? [remoteClusterHost] : undefined,
        transportCaConfigMap: args.elasticsearch.transportCaConfigMap,
        await: args.await,
      }),
      {
        ...liftedOutOf(this, formerEs),
        // The operator's readiness (its CRDs must exist first).
        dependsOn: [...operator.ready, ...namespace, ...(args.elasticsearch.dependsOn ?? [])],
      },
    );

    this.kibanaPublicUrl = `https://${args.exposure.kibanaHost}`;
    this.kibana = new k8s.apiextensions.CustomResource(
      childName(formerKb.name, "kibana"),
      buildKibana({
        name: kbName,
        namespace: ns,
        version: args.elastic.version,
        labels,
        count: args.kibana.count,
        cpu: args.kibana.cpu,
        memory: args.kibana.memory,
        cpuLimit: args.kibana.cpuLimit,
        elasticsearchName: esName,
        publicBaseUrl: this.kibanaPublicUrl,
        http: tlsFor(args.exposure.kibanaHost, `${kbName}-kb-http-serving`),
        await: args.await,
      }),
      {
        ...liftedOutOf(this, formerKb),
        dependsOn: [this.elasticsearch],
      },
    );

    const backends: Backend[] = [
      {
        role: "kibana",
        host: args.exposure.kibanaHost,
        serviceName: eckNames.kbHttpService(kbName),
        port: 5601,
        tlsSecretName: eckNames.kbHttpCertsInternal(kbName),
      },
    ];
    if (args.exposure.elasticsearchHost) {
      backends.push({
        role: "elasticsearch",
        host: args.exposure.elasticsearchHost,
        serviceName: eckNames.esHttpService(esName),
        port: 9200,
        tlsSecretName: eckNames.esHttpCertsInternal(esName),
      });
      this.elasticsearchPublicUrl = `https://${args.exposure.elasticsearchHost}`;
    }
    new Exposure(
      childName(name, "exposure"),
      {
        platform: args.platform,
        namespace: ns,
        labels,
        backends,
        routeTermination: args.exposure.routeTermination,
        ingressClassName: args.exposure.ingressClassName,
        remoteCluster: remoteClusterHost
          ? { host: remoteClusterHost, serviceName: eckNames.esRemoteClusterService(esName) }
          : undefined,
        dependsOn: [this.elasticsearch, this.kibana],
        await: args.await,
      },
      { parent: this },
    );

    const ingressPeer: NamedPeer =
      args.platform === "openshift"
        ? {
            kind: "namespaces",
            name: "openshift-router",
            namespaceSelector: OPENSHIFT_INGRESS_NAMESPACE_LABEL,
          }
        : {
            kind: "namespaces",
            name: "ingress-controller",
            namespaceSelector: namespaceLabels(args.exposure.ingressNamespace),
          };
    new NetworkGuards(
      childName(name, "netpol"),
      {
        guard: {
          namespace: ns,
          labels,
          esPodLabels: eckLabels.elasticsearchCluster(esName),
          kibanaPodLabels: eckLabels.kibana(kbName),
          operator: { namespace: operator.operatorNamespace, podLabels: operator.podLabels },
          ingressPeer,
          elasticsearchExposed: Boolean(args.exposure.elasticsearchHost),
          elasticsearchPeers: args.elasticsearchPeers,
          remoteClusterPeers: args.remoteClusterPeers,
          remoteClusterExposed: Boolean(remoteClusterHost),
          kibanaPeers: args.kibanaPeers,
        },
      },
      { parent: this, dependsOn: namespace },
    );

    this.elasticsearchInternalUrl = eckUrls.esHttp(esName, ns);
    this.kibanaInternalUrl = eckUrls.kbHttp(kbName, ns);
    this.bootstrapCredentialsSecret = eckNames.esElasticUserSecret(esName);
    this.caSecret = eckNames.esHttpCertsPublic(esName);

    // ECK creates these Secrets while it reconciles each resource. Their ids come from the custom resources' ids:
    // a preview of a resource still to be created has an unknown id, and a read with an unknown id is skipped in
    // preview (pulumi/pulumi#3123), where a fixed id would fail with "does not exist" whatever dependsOn says
    // (pulumi/pulumi#16395). In `up` the read runs once the resource exists and its await has passed.
    const readSecret = (suffix: string, owner: k8s.apiextensions.CustomResource, secret: string) =>
      k8s.core.v1.Secret.get(
        childName(name, suffix),
        owner.id.apply(() => `${ns}/${secret}`),
        { parent: this },
      );
    const pem = (secret: k8s.core.v1.Secret) =>
      secret.data.apply((d) => Buffer.from(d["ca.crt"] ?? "", "base64").toString("utf8"));
    const esResource = this.elasticsearch;
    // A CA certificate is public: unsecret it so it can be a plain stack output and a file the provider reads.
    // Only `ca.crt` of the *-certs-public Secrets is taken (infra/lint/secrets.mjs asks for a reason here).
    // eslint-disable-next-line no-restricted-properties -- public CA certificate, not a credential
    this.elasticsearchCa = pulumi.unsecret(pem(readSecret("es-ca", esResource, this.caSecret)));
    // eslint-disable-next-line no-restricted-properties -- public CA certificate, not a credential
    this.kibanaCa = pulumi.unsecret(
      pem(readSecret("kb-ca", this.kibana, eckNames.kbHttpCertsPublic(kbName))),
    );
    const userSecret = readSecret("es-elastic-user", esResource, this.bootstrapCredentialsSecret);
    this.elasticPassword = pulumi.secret(
      userSecret.data.apply((d) => Buffer.from(d["elastic"] ?? "", "base64").toString("utf8")),
    );

    this.registerOutputs({
      elasticsearchInternalUrl: this.elasticsearchInternalUrl,
      elasticsearchPublicUrl: this.elasticsearchPublicUrl,
      kibanaPublicUrl: this.kibanaPublicUrl,
      bootstrapCredentialsSecret: this.bootstrapCredentialsSecret,
      caSecret: this.caSecret,
      elasticsearchCa: this.elasticsearchCa,
    });
  }
}
