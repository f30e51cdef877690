/** The ECK operator, Elasticsearch and Kibana. */
import { arr, bool, labels, obj, oneOf, optional, quantity, str } from "../dsl";
import { replicaCount } from "./platform";

const semver = { pattern: /^\d+\.\d+\.\d+$/, patternText: "a version like 1.2.3" } as const;
const k8sName = (max: number) => ({
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  patternText: "a DNS label (lower-case letters, digits, '-')",
  maxLength: max,
});

const resources = (what: string) =>
  obj(
    `CPU and memory of ${what}. Memory requests equal limits (Elasticsearch sizes its heap from the limit).`,
    {
      cpu: quantity("CPU request.", "cpu"),
      memory: quantity("Memory request and limit.", "memory"),
      cpuLimit: optional(quantity("CPU limit; none when unset (avoids CPU throttling of the JVM).", "cpu")),
    },
  );

export const elasticKeys = {
  eck: obj("The ECK operator.", {
    version: str("ECK operator version (OLM CSV / Helm chart version).", semver),
    olm: optional(
      obj("OpenShift only: the OLM Subscription to the certified package.", {
        channel: optional(str("Subscription channel."), "stable"),
        package: optional(str("OLM package name."), "elasticsearch-eck-operator-certified"),
        source: optional(str("CatalogSource name."), "certified-operators"),
        sourceNamespace: optional(str("CatalogSource namespace."), "openshift-marketplace"),
        installPlanApproval: optional(
          oneOf("Manual holds upgrades for a human to approve the InstallPlan.", [
            "Automatic",
            "Manual",
          ] as const),
          "Manual",
        ),
        scope: optional(
          oneOf(
            "namespace = own OperatorGroup watching only the stack namespace; cluster = openshift-operators (all namespaces).",
            ["namespace", "cluster"] as const,
          ),
          "namespace",
        ),
        operatorNamespace: optional(
          str("Namespace the operator is installed in (scope namespace).", k8sName(63)),
        ),
      }),
    ),
    helm: optional(
      obj("Vanilla Kubernetes only: the eck-operator Helm chart.", {
        repository: optional(
          str("Chart repository URL; leave unset when `chart` is a local chart directory."),
          "https://helm.elastic.co",
        ),
        chart: optional(
          str(
            "`eck-operator` from the repository, or the absolute path of a local chart directory (the chart inside the github.com/elastic/cloud-on-k8s/v3 module, `deploy/eck-operator`, for machines that cannot reach helm.elastic.co).",
          ),
          "eck-operator",
        ),
        operatorNamespace: optional(str("Namespace of the operator.", k8sName(63)), "elastic-system"),
      }),
    ),
    existing: optional(
      obj(
        "The operator is already installed by a cluster admin (any platform): the program installs nothing and admits the operator's pods by these labels.",
        {
          operatorNamespace: str("Namespace the operator runs in.", k8sName(63)),
          podLabels: labels("Labels of the operator's pods (for the NetworkPolicies)."),
        },
      ),
    ),
    enterpriseTrial: optional(
      bool(
        "Opt in to the 30-day Enterprise trial licence secret (accepts the Elastic EULA). Off by default.",
      ),
      false,
    ),
  }),
  elastic: obj("The Elastic stack release.", {
    version: str("Elasticsearch / Kibana / connector version (ECK 3.5 supports 8.x and 9.x).", semver),
  }),
  elasticsearch: optional(
    obj("The Elasticsearch cluster (ECK `Elasticsearch` resource).", {
      name: str(
        "Name of the Elasticsearch resource; ECK derives Service and Secret names from it.",
        k8sName(36),
      ),
      nodeSets: arr(
        "Node sets; dedicated master and data node sets are possible.",
        obj("One node set.", {
          name: str("Node set name.", k8sName(23)),
          count: replicaCount("Number of nodes."),
          roles: arr(
            "Elasticsearch node roles.",
            oneOf("A node role.", [
              "master",
              "data",
              "ingest",
              "remote_cluster_client",
              "transform",
              "ml",
            ] as const),
            { min: 1, max: 6 },
          ),
          resources: resources("each node"),
          storage: obj("Persistent volume of each node.", {
            size: quantity("Volume size.", "storage"),
            className: optional(str("StorageClass; the cluster default when unset.")),
          }),
        }),
        { min: 1, max: 6 },
      ),
      maxMapCount: oneOf(
        "How vm.max_map_count is satisfied: disable-mmap = node.store.allow_mmap: false (slower, no node change); preconfigured = a cluster admin raised it on the nodes (on OpenShift with a Tuned profile of their own: the Node Tuning Operator no longer ships an Elasticsearch profile; docs/deploying.md shows one).",
        ["disable-mmap", "preconfigured"] as const,
      ),
      zoneAwareness: optional(
        obj("Spread nodes across zones (ECK zoneAwareness).", {
          topologyKey: optional(str("Node label holding the zone."), "topology.kubernetes.io/zone"),
          zones: optional(arr("Zones to use; all when unset.", str("A zone."), { min: 1, max: 6 })),
        }),
      ),
    }),
  ),
  kibana: optional(
    obj("Kibana (ECK `Kibana` resource).", {
      name: str("Name of the Kibana resource.", k8sName(36)),
      count: replicaCount("Kibana instances."),
      resources: resources("each Kibana instance"),
    }),
  ),
  exposure: optional(
    obj("How Elasticsearch and Kibana are reached from outside the cluster, always TLS end to end.", {
      kibanaHost: str("Public host name of Kibana (Route or Ingress host, and the Kibana publicBaseUrl)."),
      elasticsearchHost: optional(str("Public host name of Elasticsearch; not exposed when unset.")),
      routeTermination: optional(
        oneOf(
          "OpenShift: passthrough (ECK certificates carry the host in their SANs) or reencrypt (router re-encrypts to a service-CA certificate). Edge termination is not offered.",
          ["passthrough", "reencrypt"] as const,
        ),
        "passthrough",
      ),
      ingressClassName: optional(str("Kubernetes: IngressClass of the ingress controller."), "nginx"),
      ingressNamespace: optional(
        str("Kubernetes: namespace of the ingress controller pods (admitted by the NetworkPolicies)."),
        "ingress-nginx",
      ),
    }),
  ),
  networkPolicy: optional(
    obj(
      "Extra peers allowed to reach Elasticsearch on 9200 (the connector and the deploy runner are added by the program).",
      {
        allowFrom: arr(
          "Peers by namespace and/or pod labels.",
          obj("A peer.", {
            name: str("What the peer is, for humans."),
            namespaceSelector: optional(labels("Namespace labels.")),
            podSelector: optional(labels("Pod labels.")),
          }),
          { min: 0, max: 20 },
        ),
      },
    ),
    { allowFrom: [] },
  ),
} as const;
