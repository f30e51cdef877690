/** The ECK operator, Elasticsearch and Kibana, and their rules (`elasticIssues`). */
import {
  arr,
  bool,
  issueList,
  labels,
  obj,
  oneOf,
  optional,
  quantity,
  str,
  type ConfigIssue,
  type Parsed,
} from "../dsl";
import { compareVersions, labelKeyProblem, quantityValue, semverParts } from "../formats";
import type { capabilityKeys } from "./capabilities";
import { dnsLabel, dnsSubdomain, hostName, httpsUrl } from "./formats";
import { replicaCount, type platformKeys } from "./platform";

const semver = { pattern: /^\d+\.\d+\.\d+$/, patternText: "a version like 1.2.3" } as const;
const k8sName = (max: number) => ({
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  patternText: "a DNS label (lower-case letters, digits, '-')",
  maxLength: max,
});

/**
 * ECK releases this program is written against: 3.5 adds what the components use last (file-based secure settings,
 * research elastic.md @v3.5.0); a new major may change the CRDs. Older or newer operators are refused.
 */
export const ECK_SUPPORTED = { min: [3, 5, 0], below: [4, 0, 0] } as const;

function eckVersionProblem(v: string): string | undefined {
  const parts = semverParts(v);
  if (!parts) return undefined; // the pattern reports it
  return compareVersions(parts, [...ECK_SUPPORTED.min]) < 0 ||
    compareVersions(parts, [...ECK_SUPPORTED.below]) >= 0
    ? `from ${ECK_SUPPORTED.min.join(".")} up to (not including) ${ECK_SUPPORTED.below.join(".")}, the ECK releases this program supports`
    : undefined;
}

/** A CPU limit below its request is refused by the API server (`Invalid value: must be greater than or equal to cpu request`). */
function cpuLimitIssues(r: { cpu: string; cpuLimit?: string }, path: string, issues: ConfigIssue[]): void {
  if (r.cpuLimit !== undefined && quantityValue(r.cpuLimit)! < quantityValue(r.cpu)!) {
    issues.push({
      path: `${path}.cpuLimit`,
      found: `${JSON.stringify(r.cpuLimit)}, below the request cpu ${JSON.stringify(r.cpu)}`,
      allowed: "a CPU limit at least the request (Kubernetes refuses a limit below the request)",
    });
  }
}

/** `minMemory`: the floor the process needs (ECK defaults: Elasticsearch 2Gi, Kibana 1Gi). */
const resources = (what: string, minMemory: string) =>
  obj(
    `CPU and memory of ${what}. Memory requests equal limits (Elasticsearch sizes its heap from the limit).`,
    {
      cpu: quantity("CPU request.", "cpu"),
      memory: quantity(`Memory request and limit (at least ${minMemory}).`, "memory", { min: minMemory }),
      cpuLimit: optional(
        quantity(
          "CPU limit, at least the request; none when unset (avoids CPU throttling of the JVM).",
          "cpu",
        ),
      ),
    },
    cpuLimitIssues,
  );

/**
 * A NetworkPolicy peer selects what its selectors name: `namespaceSelector: {}` selects every namespace of the
 * cluster, `podSelector: {}` alone every pod of the stack's namespace (the planner's too, where they share one), and
 * a peer without selectors would be refused by the builder. All three are refused here, by name.
 */
export function peerIssues(
  p: { namespaceSelector?: Record<string, string>; podSelector?: Record<string, string> },
  path: string,
  issues: ConfigIssue[],
): void {
  const size = (m?: Record<string, string>) => (m === undefined ? undefined : Object.keys(m).length);
  if (size(p.namespaceSelector) === 0)
    issues.push({
      path: `${path}.namespaceSelector`,
      found: "{} (every namespace of the cluster)",
      allowed:
        "namespace labels that select the peer's namespace(s), e.g. kubernetes.io/metadata.name: <namespace>",
    });
  else if (p.namespaceSelector === undefined && p.podSelector === undefined)
    issues.push({
      path,
      found: "a peer without a selector",
      allowed: "namespaceSelector and/or podSelector (podSelector alone: pods of the stack's namespace)",
    });
  else if (p.namespaceSelector === undefined && size(p.podSelector) === 0)
    issues.push({
      path: `${path}.podSelector`,
      found: "{} without a namespaceSelector (every pod of the stack's namespace)",
      allowed: "pod labels that select the peer's pods, e.g. app.kubernetes.io/name: <app>",
    });
}

export const elasticKeys = {
  eck: obj("The ECK operator.", {
    version: str(
      `ECK operator version (OLM CSV / Helm chart version), ${ECK_SUPPORTED.min.join(".")} or later below ${ECK_SUPPORTED.below.join(".")}.`,
      { ...semver, check: eckVersionProblem },
    ),
    olm: optional(
      obj("OpenShift only: the OLM Subscription to the certified package.", {
        channel: optional(
          str("Subscription channel.", {
            pattern: /^[A-Za-z0-9][-A-Za-z0-9._]*$/,
            patternText: "a channel name",
          }),
          "stable",
        ),
        package: optional(dnsSubdomain("OLM package name."), "elasticsearch-eck-operator-certified"),
        source: optional(dnsSubdomain("CatalogSource name."), "certified-operators"),
        sourceNamespace: optional(dnsLabel("CatalogSource namespace."), "openshift-marketplace"),
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
          httpsUrl("Chart repository URL; leave unset when `chart` is a local chart directory."),
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
          podLabels: labels("Labels of the operator's pods (for the NetworkPolicies), at least one."),
        },
        (e, path, issues) => {
          // An empty selector would admit every pod of the operator's namespace to Elasticsearch and Kibana.
          if (Object.keys(e.podLabels).length === 0)
            issues.push({
              path: `${path}.podLabels`,
              found: "{} (every pod of the namespace)",
              allowed: "the labels of the operator's pods, e.g. control-plane: elastic-operator",
            });
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
          resources: resources("each node", "1Gi"),
          storage: obj("Persistent volume of each node.", {
            size: quantity("Volume size, above zero.", "storage"),
            className: optional(dnsSubdomain("StorageClass; the cluster default when unset.")),
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
          topologyKey: optional(
            str("Node label holding the zone.", { patternText: "a label key", check: labelKeyProblem }),
            "topology.kubernetes.io/zone",
          ),
          zones: optional(arr("Zones to use; all when unset.", str("A zone."), { min: 1, max: 6 })),
        }),
      ),
    }),
  ),
  kibana: optional(
    obj("Kibana (ECK `Kibana` resource).", {
      name: str("Name of the Kibana resource.", k8sName(36)),
      count: replicaCount("Kibana instances."),
      resources: resources("each Kibana instance", "1Gi"),
    }),
  ),
  exposure: optional(
    obj(
      "How Elasticsearch and Kibana are reached from outside the cluster, always TLS end to end.",
      {
        kibanaHost: hostName(
          "Public host name of Kibana (Route or Ingress host, and the Kibana publicBaseUrl).",
        ),
        elasticsearchHost: optional(
          hostName("Public host name of Elasticsearch, not the Kibana host; not exposed when unset."),
        ),
        routeTermination: optional(
          oneOf(
            "OpenShift: passthrough (ECK certificates carry the host in their SANs) or reencrypt (router re-encrypts to a service-CA certificate). Edge termination is not offered.",
            ["passthrough", "reencrypt"] as const,
          ),
          "passthrough",
        ),
        ingressClassName: optional(
          dnsSubdomain("Kubernetes: IngressClass of the ingress controller."),
          "nginx",
        ),
        ingressNamespace: optional(
          dnsLabel("Kubernetes: namespace of the ingress controller pods (admitted by the NetworkPolicies)."),
          "ingress-nginx",
        ),
      },
      (e, path, issues) => {
        // Routes (passthrough) and Ingresses route by host name: one host cannot lead to two backends.
        if (
          e.elasticsearchHost !== undefined &&
          e.elasticsearchHost.toLowerCase() === e.kibanaHost.toLowerCase()
        )
          issues.push({
            path: `${path}.elasticsearchHost`,
            found: `${JSON.stringify(e.elasticsearchHost)}, the same as exposure.kibanaHost`,
            allowed: "a host of its own (the router sends each host name to one backend)",
          });
      },
    ),
  ),
  networkPolicy: optional(
    obj(
      "Extra peers allowed to reach Elasticsearch on 9200 (the connector and the deploy runner are added by the program).",
      {
        allowFrom: arr(
          "Peers by namespace and/or pod labels.",
          obj(
            "A peer: at least one non-empty selector; a namespaceSelector must have labels ({} is every namespace).",
            {
              name: str("What the peer is, for humans."),
              namespaceSelector: optional(labels("Namespace labels.")),
              podSelector: optional(labels("Pod labels.")),
            },
            peerIssues,
          ),
          { min: 0, max: 20 },
        ),
      },
    ),
    { allowFrom: [] },
  ),
} as const;

/**
 * What the platform, licence and capabilities require of the operator, the cluster and its exposure. Whether the
 * sections exist at all depends on the milestone-2 target (`targetIssues`).
 */
export function elasticIssues(
  c: Parsed<typeof elasticKeys & typeof platformKeys & typeof capabilityKeys>,
): ConfigIssue[] {
  const { issues, add } = issueList();
  if (c.platform === "kubernetes" && c.eck.olm) {
    add("eck.olm", "OLM settings on a kubernetes stack", "eck.helm (OLM exists only on OpenShift)");
  }
  if (c.platform === "openshift" && c.eck.helm) {
    add("eck.helm", "Helm settings on an openshift stack", "eck.olm (the certified OperatorHub package)");
  }
  if (c.eck.existing && (c.eck.olm || c.eck.helm)) {
    add(
      "eck.existing",
      "an existing operator and an install method",
      "eck.existing alone, or eck.olm / eck.helm",
    );
  }
  if (c.eck.helm && c.eck.helm.chart.startsWith("/") === false && c.eck.helm.chart !== "eck-operator") {
    add(
      "eck.helm.chart",
      JSON.stringify(c.eck.helm.chart),
      '"eck-operator", or the absolute path of a chart directory',
    );
  }
  if (c.eck.enterpriseTrial && c.licence !== "enterprise") {
    add(
      "eck.enterpriseTrial",
      `true with licence "${c.licence}"`,
      'licence "enterprise" (the trial is an Enterprise licence)',
    );
  }

  const sets = c.elasticsearch?.nodeSets ?? [];
  const names = new Set<string>();
  sets.forEach((s, i) => {
    if (names.has(s.name))
      add(`elasticsearch.nodeSets[${i}].name`, JSON.stringify(s.name), "a name not used by another node set");
    names.add(s.name);
  });
  if (c.elasticsearch) {
    const masters = sets.filter((s) => s.roles.includes("master")).reduce((n, s) => n + s.count, 0);
    if (masters === 0) {
      add("elasticsearch.nodeSets", "no master-eligible node", "at least one node set with the master role");
    } else if (masters % 2 === 0) {
      add(
        "elasticsearch.nodeSets",
        `${masters} master-eligible nodes`,
        "an odd number of master-eligible nodes (quorum)",
      );
    }
    if (!sets.some((s) => s.roles.includes("data"))) {
      add("elasticsearch.nodeSets", "no data node", "at least one node set with the data role");
    }
  }

  const [major, minor] = c.elastic.version.split(".").map(Number);
  if (major < 8 || major > 9)
    add("elastic.version", JSON.stringify(c.elastic.version), "an 8.x or 9.x version (ECK 3.5)");
  if (c.features.plannerConnector && major === 8 && minor < 16) {
    add(
      "elastic.version",
      JSON.stringify(c.elastic.version),
      "8.16 or later (the connector API the program uses)",
    );
  }
  const needsEs = c.features.plannerConnector || c.features.dashboards;
  if (needsEs && c.access.mode === "route" && c.exposure && !c.exposure.elasticsearchHost) {
    add(
      "exposure.elasticsearchHost",
      "nothing",
      'a host (access.mode "route" reaches Elasticsearch through it); or set access.mode to "in-cluster"',
    );
  }
  return issues;
}
