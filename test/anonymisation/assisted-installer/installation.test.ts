import assert from "node:assert/strict";
import { AI_CATALOGUES, OTHER, featureUsageId } from "../../../anonymisation/assisted-installer/catalogues";
import {
  ASSISTED_MIGRATION_TAG,
  installationDocument,
} from "../../../anonymisation/assisted-installer/installation";
import { AI_SOURCES } from "../../../anonymisation/assisted-installer/sources";
import { dashboardFields, lowCardinalityFields, storedFields } from "../../../anonymisation/model";

const fields = Object.entries(installationDocument.fields).map(
  ([name, f]) => [name, { ...f, from: f.from as readonly string[] }] as const,
);

describe("installation document model", () => {
  it("reads only declared upstream fields, and classifies every declared upstream field", () => {
    const declared = new Set(Object.keys(AI_SOURCES));
    const used = new Set<string>();
    for (const [name, f] of fields) {
      assert.ok(f.from.length > 0, `${name} names its source`);
      for (const ref of f.from) {
        assert.ok(declared.has(ref), `${name}: ${ref} is declared in sources.ts`);
        used.add(ref);
      }
    }
    assert.deepEqual(
      [...declared].filter((ref) => !used.has(ref)),
      [],
    );
  });

  it("never stores an identifying upstream field in clear", () => {
    // Sources that identify a customer, a person, a machine or a network: only drop / pseudonymise may read them,
    // or a generaliser that reduces them to a catalogue / bucket.
    const identifying = [
      "event:cluster.name",
      "event:cluster.base_dns_domain",
      "event:cluster.email_domain",
      "event:cluster.user_name",
      "event:cluster.user_id",
      "event:cluster.org_id",
      "event:cluster.ams_subscription_id",
      "event:cluster.api_vips",
      "event:cluster.hosts.requested_hostname",
      "event:cluster.hosts.inventory",
      "event:cluster.pull_secret",
      "event:message",
      "event:cluster.status_info",
      "event:infra_envs.static_network_config",
    ];
    for (const ref of identifying) {
      for (const [name, f] of fields.filter(([, f]) => f.from.includes(ref))) {
        const a = f.treatment.action;
        const ok =
          a === "drop" ||
          a === "pseudonymise" ||
          (a === "generalise" && f.treatment.how.kind === "catalogue");
        assert.ok(ok, `${name} reads ${ref} with treatment ${a}`);
      }
    }
    // The cluster id may only be hashed with a key, or counted into a boolean (first_attempt).
    for (const [name, f] of fields.filter(([, f]) => f.from.includes("event:cluster.id"))) {
      const a = f.treatment.action;
      assert.ok(
        a === "pseudonymise" || (a === "keep" && f.type === "boolean"),
        `${name} reads the cluster id with ${a}`,
      );
    }
    assert.ok(!dashboardFields(installationDocument).some((n) => ["cluster_ref", "doc_id"].includes(n)));
  });

  it("generalises catalogue fields onto declared catalogues that have an `other` bucket", () => {
    for (const [name, f] of fields) {
      if (f.treatment.action !== "generalise" || f.treatment.how.kind !== "catalogue") continue;
      const catalogue = (AI_CATALOGUES as Record<string, readonly string[]>)[f.treatment.how.catalogue];
      assert.ok(catalogue, `${name}: catalogue ${f.treatment.how.catalogue} is declared`);
      assert.ok(catalogue.includes(OTHER), `${name}: catalogue has ${OTHER}`);
      assert.equal(new Set(catalogue).size, catalogue.length, `${name}: catalogue values are unique`);
    }
    assert.ok(AI_CATALOGUES["ai-cluster-tags"].includes(ASSISTED_MIGRATION_TAG));
  });

  it("derives feature ids the way assisted-service does", () => {
    assert.equal(featureUsageId("VIP auto alloc."), "VIP_AUTO_ALLOC");
    assert.equal(featureUsageId("Additional NTP Source"), "ADDITIONAL_NTP_SOURCE");
    assert.ok(AI_CATALOGUES["ai-feature-usage"].includes("STATIC_NETWORK_CONFIG"));
  });

  it("stores the dashboard dimensions the installations dashboard needs, low-cardinality where broken down", () => {
    const stored = storedFields(installationDocument);
    for (const f of ["tags", "result", "event_day", "install_duration_minutes", "host_count"])
      assert.ok(stored.includes(f));
    const low = lowCardinalityFields(installationDocument);
    for (const f of [
      "tags",
      "result",
      "openshift_version",
      "platform_type",
      "feature_usage",
      "failure_stage",
    ]) {
      assert.ok(low.includes(f), `${f} is low-cardinality`);
    }
    assert.ok(!low.includes("host_count"));
  });
});
