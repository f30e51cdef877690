/**
 * Manifests that run the program from inside the cluster with the Pulumi Kubernetes Operator (PKO v2): one
 * `pulumi.com/v1` Stack per environment, the ServiceAccount its workspace pod runs as, the RBAC that account needs,
 * and the NetworkPolicy that lets the operator drive the workspace.
 *
 * Field names follow the Stack CRD of pulumi/pulumi-kubernetes-operator v2.9.0 (`operator/api/pulumi/shared/
 * stack_types.go`, `docs/stacks.md`); the workspace pod labels and gRPC port come from `operator/internal/controller/
 * auto/workspace_controller.go` (`auto.pulumi.com/component: workspace`, `auto.pulumi.com/workspace-name: <stack>`,
 * port 50051), the auth-delegator binding and Secret-based `envRefs` from `examples/git-source/stack.yaml`.
 */
import { deployLabels, PROJECT } from "../../infra/naming";

/** Namespace the Stack objects and their workspace pods live in (never the Elasticsearch namespace). */
export const DEPLOY_NAMESPACE = "am-dashboard-deploy";
/** Namespace of the operator itself (its Helm chart's default). */
export const OPERATOR_NAMESPACE = "pulumi-kubernetes-operator";
/** Secret (created by hand, never committed) holding a Pulumi Cloud access token under the key `accessToken`. */
export const ACCESS_TOKEN_SECRET = "pulumi-access-token";

export interface PkoEnvironment {
  /** Stack name (`Pulumi.<stack>.yaml`). */
  stack: string;
  /** Namespace of Elasticsearch, Kibana and the connector (the stack's `namespace` setting). */
  targetNamespace: string;
  /** Pulumi Cloud organisation. */
  pulumiOrg: string;
  /** Git repository of this project, and the branch the operator follows. */
  projectRepo: string;
  branch: string;
  /** Workspace image: a Pulumi CLI image with Node.js (the `-nonroot` variants run under OpenShift's restricted SCC). */
  image: string;
}

export const workspaceName = (stack: string) => `${PROJECT}-${stack}`;

/** Labels of the workspace pod the operator starts for a Stack (PKO v2 names the Workspace after the Stack). */
export function workspacePodLabels(stack: string): Record<string, string> {
  return { "auto.pulumi.com/component": "workspace", "auto.pulumi.com/workspace-name": workspaceName(stack) };
}

/**
 * The `networkPolicy.allowFrom` entry that admits the workspace pod to Elasticsearch on 9200: add it to
 * `Pulumi.<stack>.yaml` of a stack deployed by the operator.
 */
export function elasticsearchPeer(stack: string) {
  return {
    name: `pulumi-kubernetes-operator workspace (${stack})`,
    namespaceSelector: { "kubernetes.io/metadata.name": DEPLOY_NAMESPACE },
    podSelector: workspacePodLabels(stack),
  };
}

/** What the program creates or reads in the target namespace (ECK, OLM, OpenShift routes, core objects). */
const TARGET_RULES = [
  {
    apiGroups: [""],
    resources: ["secrets", "services", "configmaps", "serviceaccounts", "persistentvolumeclaims"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  { apiGroups: [""], resources: ["pods", "events"], verbs: ["get", "list", "watch"] },
  {
    apiGroups: ["apps", "batch", "networking.k8s.io", "policy"],
    resources: [
      "deployments",
      "statefulsets",
      "jobs",
      "networkpolicies",
      "ingresses",
      "poddisruptionbudgets",
    ],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  {
    apiGroups: ["elasticsearch.k8s.elastic.co", "kibana.k8s.elastic.co"],
    resources: ["elasticsearches", "kibanas"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  {
    apiGroups: ["operators.coreos.com"],
    resources: ["subscriptions", "operatorgroups", "clusterserviceversions", "installplans"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  {
    apiGroups: ["route.openshift.io"],
    resources: ["routes", "routes/custom-host"],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
];

export function pkoManifests(env: PkoEnvironment): Record<string, unknown>[] {
  const name = workspaceName(env.stack);
  const labels = deployLabels(env.stack);
  const sa = { kind: "ServiceAccount", name, namespace: DEPLOY_NAMESPACE };
  return [
    {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name, namespace: DEPLOY_NAMESPACE, labels },
    },
    {
      // PKO v2 workspaces authenticate the operator's RPCs with TokenReview.
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name: `${name}-auth-delegator`, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "system:auth-delegator" },
      subjects: [sa],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: { name: `${name}-deployer`, namespace: env.targetNamespace, labels },
      rules: TARGET_RULES,
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: `${name}-deployer`, namespace: env.targetNamespace, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: `${name}-deployer` },
      subjects: [sa],
    },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${name}-operator-rpc`, namespace: DEPLOY_NAMESPACE, labels },
      spec: {
        podSelector: { matchLabels: workspacePodLabels(env.stack) },
        policyTypes: ["Ingress"],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": OPERATOR_NAMESPACE } },
                podSelector: { matchLabels: { "app.kubernetes.io/name": "pulumi-kubernetes-operator" } },
              },
            ],
            ports: [{ protocol: "TCP", port: 50051 }],
          },
        ],
      },
    },
    {
      apiVersion: "pulumi.com/v1",
      kind: "Stack",
      metadata: { name, namespace: DEPLOY_NAMESPACE, labels },
      spec: {
        stack: `${env.pulumiOrg}/${PROJECT}/${env.stack}`,
        projectRepo: env.projectRepo,
        branch: env.branch,
        shallow: true,
        serviceAccountName: name,
        envRefs: {
          PULUMI_ACCESS_TOKEN: { type: "Secret", secret: { name: ACCESS_TOKEN_SECRET, key: "accessToken" } },
        },
        // Inline config is layered over the checked-in Pulumi.<stack>.yaml: only how the program reaches the
        // cluster and Elasticsearch differs from a CI run.
        config: {
          [`${PROJECT}:access`]: { mode: "in-cluster" },
          [`${PROJECT}:kubernetes`]: { createNamespace: false },
        },
        refresh: true,
        destroyOnFinalize: false,
        resyncFrequencySeconds: 300,
        workspaceTemplate: {
          spec: {
            image: env.image,
            resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { memory: "2Gi" } },
          },
        },
      },
    },
  ];
}
