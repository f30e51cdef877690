/**
 * Every figure comes from at least k customers: the planner read model publishes only cells of at least `k`
 * customers (checked in PostgreSQL, anonymisation/planner/sql/cells.ts), so the stack must give it a `k` of at
 * least MIN_K; a read model without one, or with less, would publish cells that hide no one.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { MIN_K } from "../../anonymisation/planner/sql/readModel";
import { at, label, type Level } from "./common";
import { Inventory } from "./inventory";
import { appliedScript, isApplyConfigMap } from "./readModelJob";

/** The read model's dynamic resource (`components/planner-read-model`), recognised by type or by its props. */
const READ_MODEL = ["ReadModel", ["connectorRole", "excludedOrgIds", "excludedEmailDomains"]] as const;

export function aggregatesMeetK(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "aggregates-meet-k",
    description: `The planner read model publishes only aggregate cells of at least k customers, with k >= ${MIN_K}.`,
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      `Set am-dashboard:anonymity.k to ${MIN_K} or more (default 10) and build the read model with ` +
      "components/planner-read-model, which passes it on.",
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources, []);
      for (const rm of inv.dynamic(...READ_MODEL)) {
        const k = at(rm.props, "k");
        if (typeof k !== "number" || !Number.isInteger(k) || k < MIN_K) {
          report(
            `${label(rm)}: k is ${k === undefined ? "not set" : JSON.stringify(k)}; every published cell must describe at least ${MIN_K} customers.`,
            rm.urn,
          );
        }
        if ("pseudonymisationKey" in rm.props) {
          report(`${label(rm)}: the read model takes a pseudonymisation key; cells need none.`, rm.urn);
        }
      }
      // Applied in the cluster: the k the script itself stores, for every era it carries.
      for (const cm of inv.ofType(isApplyConfigMap)) {
        const { ks } = appliedScript(cm.props);
        if (ks.length === 0 || ks.some((k) => k < MIN_K)) {
          report(
            `${label(cm)}: the read-model script stores k ${ks.length ? ks.join(", ") : "nowhere"}; every published cell must describe at least ${MIN_K} customers.`,
            cm.urn,
          );
        }
      }
    },
  };
}
