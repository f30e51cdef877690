/** Arguments of the platform component for tests, close to the dev stack. */
import * as k8s from "@pulumi/kubernetes";
import type { ElasticStackArgs } from "../../components/elastic-stack";

/** The provider the component receives through its resource options (create it inside the mock run). */
export function testK8sProvider(): k8s.Provider {
  return new k8s.Provider("k8s", { context: "test" });
}

export function openshiftArgs(overrides: Partial<ElasticStackArgs> = {}): ElasticStackArgs {
  return {
    stack: "test",
    platform: "openshift",
    namespace: "am",
    createNamespace: true,
    await: "ready",
    operator: {
      version: "3.5.0",
      enterpriseTrial: false,
      install: {
        method: "olm",
        channel: "stable",
        packageName: "elasticsearch-eck-operator-certified",
        source: "certified-operators",
        sourceNamespace: "openshift-marketplace",
        installPlanApproval: "Manual",
        scope: "namespace",
        operatorNamespace: "am",
      },
    },
    elastic: { version: "9.5.2" },
    elasticsearch: {
      name: "am-es",
      maxMapCount: "preconfigured",
      nodeSets: [
        { name: "masters", count: 3, roles: ["master"], cpu: "500m", memory: "2Gi", storageSize: "10Gi" },
        {
          name: "data",
          count: 2,
          roles: ["data", "ingest"],
          cpu: "1",
          memory: "8Gi",
          storageSize: "100Gi",
          storageClassName: "gp3",
        },
      ],
    },
    kibana: { name: "am-kb", count: 1, cpu: "500m", memory: "2Gi" },
    exposure: {
      kibanaHost: "kibana.apps.example.internal",
      elasticsearchHost: "es.apps.example.internal",
      routeTermination: "passthrough",
      ingressClassName: "nginx",
      ingressNamespace: "ingress-nginx",
    },
    elasticsearchPeers: [{ kind: "pods", name: "connector", podSelector: { app: "connector" } }],
    ...overrides,
  };
}

export function kubernetesArgs(overrides: Partial<ElasticStackArgs> = {}): ElasticStackArgs {
  const base = openshiftArgs();
  return {
    ...base,
    platform: "kubernetes",
    operator: {
      version: "3.5.0",
      enterpriseTrial: false,
      install: {
        method: "helm",
        repository: "https://helm.elastic.co",
        chart: "eck-operator",
        operatorNamespace: "elastic-system",
      },
    },
    elasticsearch: { ...base.elasticsearch, maxMapCount: "disable-mmap" },
    ...overrides,
  };
}
