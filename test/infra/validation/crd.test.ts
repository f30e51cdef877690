import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  K8sObject,
  ValidationResult,
  knownKinds,
  schemasDir,
  validateK8sObject,
  validateK8sPatch,
} from "../../../infra/validation";

/** CRD results are pending (mocha shows the test as pending) when the schemas engine could not be built. */
function check(ctx: Mocha.Context, obj: K8sObject): ValidationResult {
  const r = validateK8sObject(obj);
  if (r.ok === "pending") {
    ctx.test!.title += ` (pending: ${r.reason})`;
    ctx.skip();
  }
  return r;
}

function errorsOf(r: ValidationResult): string[] {
  assert.equal(r.ok, false, `expected a failure, got ${JSON.stringify(r)}`);
  return r.ok === false ? r.errors : [];
}

function assertOk(r: ValidationResult): void {
  assert.equal(r.ok, true, JSON.stringify(r, null, 1));
}

type Obj = K8sObject & { spec: Record<string, unknown> };
type NodeSet = Record<string, unknown> & {
  podTemplate: { spec: { containers: Array<Record<string, unknown>> } } & Record<string, unknown>;
  volumeClaimTemplates: Array<{ spec: Record<string, unknown> }>;
};

function elasticsearch(): Obj {
  return {
    apiVersion: "elasticsearch.k8s.elastic.co/v1",
    kind: "Elasticsearch",
    metadata: { name: "am-es", namespace: "am-dashboard" },
    spec: {
      version: "9.1.0",
      http: { tls: { certificate: { secretName: "am-es-http-cert" } } },
      nodeSets: [
        {
          name: "default",
          count: 3,
          config: { "node.roles": ["master", "data"], "node.store.allow_mmap": false },
          podTemplate: {
            metadata: { labels: { app: "am-es" } },
            spec: {
              containers: [
                {
                  name: "elasticsearch",
                  resources: { requests: { cpu: 1, memory: "4Gi" }, limits: { memory: "4Gi" } },
                },
              ],
            },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: "elasticsearch-data" },
              spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } },
            },
          ],
        },
      ],
    },
  };
}

const nodeSet = (es: Obj): NodeSet => (es.spec.nodeSets as NodeSet[])[0];

describe("validation: CRD kinds (ECK, Route, OLM)", function () {
  this.timeout(20000); // first use parses and compiles the large ECK schemas once

  describe("ECK Elasticsearch", () => {
    it("accepts a well-formed Elasticsearch", function () {
      const r = check(this, elasticsearch());
      assertOk(r);
      assert.match(r.ok === true ? r.validator : "", /eck-3\.5\.0\/elasticsearch.*v1/);
    });

    it("rejects a missing nodeSets", function () {
      const es = elasticsearch();
      delete es.spec.nodeSets;
      assert.deepEqual(errorsOf(check(this, es)), ["/spec: must have required property 'nodeSets'"]);
    });

    it("rejects an unknown field in a nodeSet and count as a string", function () {
      const es = elasticsearch();
      nodeSet(es).cuont = 3;
      nodeSet(es).count = "3";
      const errors = errorsOf(check(this, es));
      assert.ok(errors.includes('/spec/nodeSets/0: unknown field "cuont"'), errors.join("\n"));
      assert.ok(errors.includes("/spec/nodeSets/0/count: must be integer"), errors.join("\n"));
    });

    it("leaves preserve-unknown-fields subtrees (nodeSet config) open", function () {
      const es = elasticsearch();
      nodeSet(es).config = { "xpack.security.authc.anything": { nested: [1, 2] } };
      assertOk(check(this, es));
    });

    it("checks podTemplate content as a core PodTemplateSpec", function () {
      const es = elasticsearch();
      const pt = nodeSet(es).podTemplate;
      pt.spex = {}; // top level of podTemplate is preserve-unknown-fields in the CRD: only the core check sees it
      pt.spec.containers[0].resourcez = {};
      pt.spec.containers[0].resources = { limits: { memory: "4 GB" } };
      pt.spec.containers[0].imagePullPolicy = "Sometimes";
      const errors = errorsOf(check(this, es));
      const p = "/spec/nodeSets/0/podTemplate";
      assert.ok(errors.includes(`${p}: unknown field "spex"`), errors.join("\n"));
      assert.ok(errors.includes(`${p}/spec/containers/0: unknown field "resourcez"`), errors.join("\n"));
      assert.ok(errors.some((e) => e.startsWith(`${p}/spec/containers/0/resources/limits/memory:`)));
      assert.ok(
        errors.some((e) => e.startsWith(`${p}/spec/containers/0/imagePullPolicy:`)),
        errors.join("\n"),
      );
      // Each finding once, although CRD and core checks both see the nested typo.
      assert.equal(errors.filter((e) => e.includes('"resourcez"')).length, 1);
    });

    it("checks volumeClaimTemplates as core PersistentVolumeClaims", function () {
      const es = elasticsearch();
      nodeSet(es).volumeClaimTemplates[0].spec.accessModes = ["ReadWriteOnse"];
      nodeSet(es).volumeClaimTemplates[0].spec.storageClass = "gp3";
      const errors = errorsOf(check(this, es));
      const p = "/spec/nodeSets/0/volumeClaimTemplates/0/spec";
      assert.ok(
        errors.some((e) => e.startsWith(`${p}/accessModes/0: must be equal to one of`)),
        errors.join("\n"),
      );
      assert.ok(errors.includes(`${p}: unknown field "storageClass"`), errors.join("\n"));
    });

    it("checks metadata of CRD objects (the CRD schema leaves it as a bare object)", function () {
      const es = elasticsearch();
      es.metadata = { name: "AM_es", namespace: "am-dashboard", labelz: {} } as K8sObject["metadata"];
      const errors = errorsOf(check(this, es));
      assert.ok(
        errors.some((e) => e.startsWith('/metadata/name: "AM_es"')),
        errors.join("\n"),
      );
      assert.ok(errors.includes('/metadata: unknown field "labelz"'), errors.join("\n"));
    });

    it("fails closed on an apiVersion the CRD does not serve", function () {
      const es = { ...elasticsearch(), apiVersion: "elasticsearch.k8s.elastic.co/v2" };
      const errors = errorsOf(check(this, es));
      assert.match(
        errors[0],
        /no schema known for elasticsearch\.k8s\.elastic\.co\/v2\/Elasticsearch.*serves v1/,
      );
    });
  });

  it("ECK Kibana: accepts a valid one, rejects a typo inside its podTemplate", function () {
    const kb: Obj = {
      apiVersion: "kibana.k8s.elastic.co/v1",
      kind: "Kibana",
      metadata: { name: "am-kb", namespace: "am-dashboard" },
      spec: {
        version: "9.1.0",
        count: 1,
        elasticsearchRef: { name: "am-es" },
        podTemplate: { spec: { containers: [{ name: "kibana", resources: { limits: { memory: "2Gi" } } }] } },
      },
    };
    assertOk(check(this, kb));
    (kb.spec.podTemplate as { spec: Record<string, unknown> }).spec.nodeSelectr = {};
    assert.deepEqual(errorsOf(check(this, kb)), ['/spec/podTemplate/spec: unknown field "nodeSelectr"']);
  });

  describe("OpenShift Route", () => {
    const route = (): Obj => ({
      apiVersion: "route.openshift.io/v1",
      kind: "Route",
      metadata: { name: "kibana", namespace: "am-dashboard" },
      spec: {
        to: { kind: "Service", name: "am-kb-kb-http", weight: 100 },
        port: { targetPort: "https" },
        tls: { termination: "reencrypt", insecureEdgeTerminationPolicy: "Redirect" },
      },
    });

    it("accepts a valid Route and lists the CEL rules it could not check", function () {
      const rt = route();
      const r = check(this, rt);
      assertOk(r);
      assert.deepEqual(rt, route(), "defaults are applied to a copy, never to the caller's object");
      assert.ok(r.ok === true && r.notChecked && r.notChecked.length > 0, JSON.stringify(r));
      assert.ok(r.ok === true && r.notChecked!.every((n) => n.startsWith("CEL at /spec")));
      assert.match(
        r.ok === true ? r.validator : "",
        new RegExp(`${r.ok === true && r.notChecked!.length} CEL`),
      );
    });

    it("rejects tls.termination: bogus", function () {
      const rt = route();
      (rt.spec.tls as Record<string, unknown>).termination = "bogus";
      const errors = errorsOf(check(this, rt));
      assert.deepEqual(errors, [
        '/spec/tls/termination: must be equal to one of the allowed values (allowed: "edge", "reencrypt", "passthrough")',
      ]);
    });

    it("accepts int-or-string targetPort as a number, rejects 0 (value validation)", function () {
      const rt = route();
      rt.spec.port = { targetPort: 8443 };
      assertOk(check(this, rt));
      rt.spec.port = { targetPort: 0 };
      assert.ok(errorsOf(check(this, rt)).some((e) => e.startsWith("/spec/port/targetPort")));
    });
  });

  describe("OLM", () => {
    const subscription = (): Obj => ({
      apiVersion: "operators.coreos.com/v1alpha1",
      kind: "Subscription",
      metadata: { name: "elasticsearch-eck-operator-certified", namespace: "openshift-operators" },
      spec: {
        channel: "stable",
        name: "elasticsearch-eck-operator-certified",
        source: "certified-operators",
        sourceNamespace: "openshift-marketplace",
        installPlanApproval: "Manual",
        startingCSV: "elasticsearch-eck-operator-certified.v3.5.0",
      },
    });

    it("accepts a valid Subscription and OperatorGroup", function () {
      assertOk(check(this, subscription()));
      const og = {
        apiVersion: "operators.coreos.com/v1",
        kind: "OperatorGroup",
        metadata: { name: "eck", namespace: "elastic-system" },
        spec: { targetNamespaces: ["am-dashboard"], upgradeStrategy: "Default" },
      };
      assertOk(check(this, og));
    });

    it("rejects a Subscription missing name and one with a mis-cased field", function () {
      const s = subscription();
      delete s.spec.name;
      assert.deepEqual(errorsOf(check(this, s)), ["/spec: must have required property 'name'"]);
      const t = subscription();
      t.spec.sourcenamespace = t.spec.sourceNamespace;
      delete t.spec.sourceNamespace;
      assert.deepEqual(errorsOf(check(this, t)), [
        "/spec: must have required property 'sourceNamespace'",
        '/spec: unknown field "sourcenamespace"',
      ]);
    });
  });

  it("checks a patch's fields (unknown ones refused) without asking for the fields it does not set", function () {
    if (!fs.existsSync(schemasDir())) this.skip();
    const patch = (spec: Record<string, unknown>): K8sObject => ({
      apiVersion: "operators.coreos.com/v1alpha1",
      kind: "InstallPlan",
      metadata: { name: "", namespace: "eck" },
      spec,
    });
    assertOk(validateK8sPatch(patch({ approved: true })));
    assert.deepEqual(errorsOf(validateK8sPatch(patch({ aproved: true }))), [
      '/spec: unknown field "aproved"',
    ]);
    assert.deepEqual(errorsOf(validateK8sPatch(patch({ approved: "yes" }))), [
      "/spec/approved: must be boolean",
    ]);
    // The whole object would need its required fields: the patch check is the partial one.
    assert.equal(validateK8sObject(patch({ approved: true })).ok, false);
  });

  it("lists the CRD kinds with the versions their files serve", function () {
    if (!fs.existsSync(schemasDir())) this.skip();
    const kinds = knownKinds();
    for (const k of [
      "elasticsearch.k8s.elastic.co/v1/Elasticsearch",
      "kibana.k8s.elastic.co/v1/Kibana",
      "agent.k8s.elastic.co/v1alpha1/Agent",
      "beat.k8s.elastic.co/v1beta1/Beat",
      "logstash.k8s.elastic.co/v1alpha1/Logstash",
      "route.openshift.io/v1/Route",
      "operators.coreos.com/v1alpha1/Subscription",
      "operators.coreos.com/v1/OperatorGroup",
    ]) {
      assert.ok(kinds.includes(k), `${k} missing`);
    }
  });
});

describe("validation: CRD schemas absent or synthetic (AM_SCHEMAS_DIR)", () => {
  let saved: string | undefined;
  let tmp: string;
  beforeEach(() => {
    saved = process.env.AM_SCHEMAS_DIR;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "am-schemas-"));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.AM_SCHEMAS_DIR;
    else process.env.AM_SCHEMAS_DIR = saved;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("reports CRD kinds as pending with the path when the schemas are missing", () => {
    process.env.AM_SCHEMAS_DIR = path.join(tmp, "nowhere");
    const r = validateK8sObject(elasticsearch());
    assert.equal(r.ok, "pending");
    assert.match(r.ok === "pending" ? r.reason : "", /^CRD schemas not found at .*nowhere/);
    assert.ok(knownKinds().includes("elasticsearch.k8s.elastic.co/*/Elasticsearch"));
    // Core kinds do not depend on the CRD folder.
    assert.equal(
      validateK8sObject({ apiVersion: "v1", kind: "Namespace", metadata: { name: "am" } }).ok,
      true,
    );
  });

  it("converts structural-schema extensions faithfully", () => {
    // A small CRD under a known family path exercises each conversion rule in isolation.
    const crd = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: operatorgroups.operators.coreos.com }
spec:
  group: operators.coreos.com
  names: { kind: OperatorGroup, plural: operatorgroups }
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          apiVersion: { type: string }
          kind: { type: string }
          metadata: { type: object }
          spec:
            type: object
            x-kubernetes-validations:
            - rule: "self.port > 0"
            properties:
              port: { x-kubernetes-int-or-string: true, anyOf: [{ type: integer }, { type: string }] }
              maybe: { type: string, nullable: true }
              mode: { type: string, default: Safe, enum: [Safe, Fast] }
              open:
                type: object
                x-kubernetes-preserve-unknown-fields: true
                properties:
                  known: { type: object, properties: { a: { type: integer } } }
              bag: { type: object, additionalProperties: { type: string } }
              empty: { type: object }
`;
    fs.mkdirSync(path.join(tmp, "olm"));
    fs.writeFileSync(path.join(tmp, "olm", "operators.coreos.com_operatorgroups.yaml"), crd);
    process.env.AM_SCHEMAS_DIR = tmp;
    const base = { apiVersion: "operators.coreos.com/v1", kind: "OperatorGroup", metadata: { name: "x" } };
    const good = validateK8sObject({
      ...base,
      spec: { port: "https", maybe: null, open: { anything: 1, known: { a: 1 } }, bag: { k: "v" } },
    });
    assert.equal(good.ok, true, JSON.stringify(good));
    assert.deepEqual(good.ok === true && good.notChecked, ["CEL at /spec: self.port > 0"]);
    assert.equal(validateK8sObject({ ...base, spec: { port: 8080 } }).ok, true);
    assert.equal(validateK8sObject({ ...base }).ok, true); // CEL on an absent node is not listed
    assert.equal((validateK8sObject({ ...base }) as { notChecked?: string[] }).notChecked, undefined);

    const bad = validateK8sObject({
      ...base,
      spec: {
        port: 1.5,
        maybe: 3,
        mode: "Slow",
        open: { anything: 1, known: { a: 1, b: 2 } },
        bag: { k: 1 },
        empty: { x: 1 },
        extra: true,
      },
    });
    const errors = errorsOf(bad);
    for (const expected of [
      '/spec: unknown field "extra"',
      '/spec/open/known: unknown field "b"',
      '/spec/empty: unknown field "x"',
      "/spec/bag/k: must be string",
      "/spec/port: must be integer",
      "/spec/maybe: must be string",
    ]) {
      assert.ok(errors.includes(expected), `missing ${expected} in\n${errors.join("\n")}`);
    }
    assert.ok(errors.some((e) => e.startsWith("/spec/mode: must be equal to one of")));
  });
});
