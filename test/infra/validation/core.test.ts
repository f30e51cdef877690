import assert from "node:assert/strict";
import {
  K8sObject,
  ValidationResult,
  knownKinds,
  validateAll,
  validateK8sObject,
} from "../../../infra/validation";
import { coreKinds, isCoreKind } from "../../../infra/validation/core";

function deployment(): K8sObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: "connector",
      namespace: "am-dashboard",
      labels: { "app.kubernetes.io/name": "connector" },
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: "connector" } },
      template: {
        metadata: { labels: { app: "connector" } },
        spec: {
          containers: [
            {
              name: "connector",
              image: "docker.elastic.co/integrations/elastic-connectors:9.1.0",
              resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { memory: "1Gi" } },
              ports: [{ containerPort: 8080, protocol: "TCP" }],
            },
          ],
        },
      },
    },
  };
}

function errorsOf(r: ValidationResult): string[] {
  assert.equal(r.ok, false, `expected a failure, got ${JSON.stringify(r)}`);
  return r.ok === false ? r.errors : [];
}

describe("validation: core kinds (kubernetes-models)", () => {
  it("accepts a well-formed Deployment and names the validator", () => {
    const r = validateK8sObject(deployment());
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.match(r.ok === true ? r.validator : "", /kubernetes-models .*apps\/v1\/Deployment/);
  });

  it("rejects a typo field anywhere in the tree (strict field validation)", () => {
    const d = deployment() as K8sObject & { spec: Record<string, unknown> };
    d.spec.replica = 2;
    const tpl = d.spec.template as { spec: { containers: Array<Record<string, unknown>> } };
    tpl.spec.containers[0].resource = { limits: { memory: "1Gi" } };
    const errors = errorsOf(validateK8sObject(d));
    assert.ok(errors.includes('/spec: unknown field "replica"'), errors.join("\n"));
    assert.ok(
      errors.includes('/spec/template/spec/containers/0: unknown field "resource"'),
      errors.join("\n"),
    );
  });

  it("rejects a wrong type, a bad quantity and a bad enum", () => {
    const d = deployment() as K8sObject & { spec: Record<string, unknown> };
    d.spec.replicas = "3";
    const c = (d.spec.template as { spec: { containers: Array<Record<string, unknown>> } }).spec
      .containers[0];
    c.resources = { limits: { memory: "lots" } };
    c.ports = [{ containerPort: 8080, protocol: "TCPP" }];
    const errors = errorsOf(validateK8sObject(d));
    assert.ok(errors.includes("/spec/replicas: must be integer"), errors.join("\n"));
    assert.ok(
      errors.some((e) => e.startsWith("/spec/template/spec/containers/0/resources/limits/memory:")),
      errors.join("\n"),
    );
    assert.ok(
      errors.some((e) => e.startsWith("/spec/template/spec/containers/0/ports/0/protocol:")),
      errors.join("\n"),
    );
  });

  it("rejects a missing required field", () => {
    const d = deployment() as K8sObject & { spec: Record<string, unknown> };
    delete d.spec.selector;
    assert.ok(errorsOf(validateK8sObject(d)).some((e) => /selector/.test(e)));
  });

  it("checks object names and labels as the API server does", () => {
    const bad = deployment();
    bad.metadata = { name: "Connector_1", namespace: "am.dashboard", labels: { app: "-x-" } };
    const errors = errorsOf(validateK8sObject(bad));
    assert.ok(
      errors.some((e) => e.startsWith('/metadata/name: "Connector_1"')),
      errors.join("\n"),
    );
    assert.ok(
      errors.some((e) => e.startsWith('/metadata/namespace: "am.dashboard"')),
      errors.join("\n"),
    );
    assert.ok(
      errors.some((e) => e.startsWith("/metadata/labels/app:")),
      errors.join("\n"),
    );

    const svc = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "1-es" },
      spec: { ports: [{ port: 9200 }] },
    };
    assert.ok(errorsOf(validateK8sObject(svc)).some((e) => /RFC 1035/.test(e)));
    assert.equal(validateK8sObject({ ...svc, metadata: { name: "es-http" } }).ok, true);
  });

  it("requires a name unless Pulumi auto-naming is allowed", () => {
    const cm = { apiVersion: "v1", kind: "ConfigMap", data: { a: "b" } };
    assert.ok(errorsOf(validateK8sObject(cm)).some((e) => e.startsWith("/metadata")));
    assert.equal(validateK8sObject(cm, { allowMissingName: true }).ok, true);
  });

  it("validates every kind of the core groups, not a hand-picked few", () => {
    const kinds = knownKinds();
    for (const k of [
      "v1/Namespace",
      "v1/Secret",
      "v1/ConfigMap",
      "v1/Service",
      "v1/ServiceAccount",
      "v1/PersistentVolumeClaim",
      "apps/v1/Deployment",
      "apps/v1/StatefulSet",
      "apps/v1/DaemonSet",
      "networking.k8s.io/v1/NetworkPolicy",
      "networking.k8s.io/v1/Ingress",
      "rbac.authorization.k8s.io/v1/Role",
      "rbac.authorization.k8s.io/v1/RoleBinding",
      "rbac.authorization.k8s.io/v1/ClusterRole",
      "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
      "batch/v1/Job",
      "batch/v1/CronJob",
      "policy/v1/PodDisruptionBudget",
    ]) {
      assert.ok(kinds.includes(k), `${k} missing from knownKinds()`);
    }
    // A NetworkPolicy with a typo in a nested peer and a RoleBinding without roleRef: other groups are strict too.
    const np = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: "np", namespace: "am" },
      spec: { podSelector: {}, ingress: [{ from: [{ podSelectr: {} }] }] },
    };
    assert.deepEqual(errorsOf(validateK8sObject(np)), ['/spec/ingress/0/from/0: unknown field "podSelectr"']);
    const rb = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "rb" } };
    assert.ok(errorsOf(validateK8sObject(rb)).some((e) => /roleRef/.test(e)));
  });

  it("looks a kind up from its own module exactly as the full registry lists it, and refuses non-kinds", () => {
    // isCoreKind loads one module per kind; knownKinds() loads every group/version. They must agree both ways.
    const core = coreKinds();
    assert.ok(core.length > 50, `only ${core.length} core kinds`);
    for (const k of core) {
      const at = k.lastIndexOf("/");
      assert.ok(isCoreKind(k.slice(0, at), k.slice(at + 1)), `${k} is listed but not found on its own`);
    }
    for (const [apiVersion, kind] of [
      ["v1", "PodSpec"], // a definition, not a kind
      ["v1", "podSpec"],
      ["apps/v1", "../v1/Pod"],
      ["apps/v1beta1", "Deployment"], // not a GA group/version
      ["v1", "Deployment"], // a kind of another group
    ]) {
      assert.equal(isCoreKind(apiVersion, kind), false, `${apiVersion}/${kind} taken for a core kind`);
    }
  });

  it("keeps free-form fields free (RawExtension, maps) while checking their neighbours", () => {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "s", annotations: { "any.example/whatever": "x" } },
      stringData: { "weird key.with/slash": "v" },
      type: "Opaque",
    };
    assert.equal(validateK8sObject(secret).ok, true);
    assert.deepEqual(errorsOf(validateK8sObject({ ...secret, strngData: {} })), [
      '/: unknown field "strngData"',
    ]);
  });

  it("fails closed on unknown apiVersion/kind", () => {
    for (const [apiVersion, kind] of [
      ["apps/v1", "Deploymnet"],
      ["example.com/v1", "Widget"],
      ["extensions/v1beta1", "Ingress"],
    ]) {
      const r = validateK8sObject({ apiVersion, kind, metadata: { name: "x" } });
      assert.deepEqual(errorsOf(r), [`no schema known for ${apiVersion}/${kind}`]);
    }
  });

  it("validateAll keeps order and names each object", () => {
    const out = validateAll([deployment(), { apiVersion: "v1", kind: "Nope", metadata: { name: "n" } }]);
    assert.deepEqual(
      out.map((o) => [o.id, o.result.ok]),
      [
        ["apps/v1/Deployment am-dashboard/connector", true],
        ["v1/Nope n", false],
      ],
    );
  });
});
