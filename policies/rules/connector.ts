/**
 * The connector reads only the anonymised read model: its sync rules query nothing but the `am_read` schema's
 * view, never `tables: *`, and it logs in as the read-model role, which PostgreSQL grants nothing else.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { READ_MODEL_SCHEMA, READ_MODEL_VIEW } from "../../anonymisation/planner/contract";
import { validateSyncRules } from "../../contracts/syncRules";
import {
  asStrings,
  at,
  isDynamic,
  isElastic,
  isObject,
  jsonProp,
  label,
  type Level,
  type Props,
} from "./common";
import { Inventory } from "./inventory";
import { appliedScript, isApplyConfigMap } from "./readModelJob";

const SYNC_RULES = ["ConnectorSyncRules", ["connectorId", "rules"]] as const;
const CONFIGURATION = ["ConnectorConfiguration", ["connectorId", "values"]] as const;
/** The read-model dynamic resource (components/planner-read-model) is recognised by its connector role prop. */
const READ_MODEL = ["ReadModel", ["connectorRole"]] as const;
/** One password generation's login, a member of a read-model role (components/generated-secrets). */
const LOGIN = ["ConnectorLogin", ["groupRole", "loginRole"]] as const;

function sourceProblems(values: Props): string[] {
  const problems: string[] = [];
  if (values.schema !== READ_MODEL_SCHEMA)
    problems.push(`schema is not the read-model schema ${READ_MODEL_SCHEMA}`);
  const tables =
    typeof values.tables === "string"
      ? values.tables.split(",").map((t) => t.trim())
      : asStrings(values.tables);
  if (tables.includes("*")) problems.push(`tables is "*": the connector would read every table`);
  else if (tables.some((t) => t !== READ_MODEL_VIEW))
    problems.push(`tables lists something other than the read-model view ${READ_MODEL_VIEW}`);
  return problems;
}

export function connectorReadsReadModelOnly(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "connector-reads-read-model-only",
    description: `Connectors read only the anonymised read model (${READ_MODEL_SCHEMA}.${READ_MODEL_VIEW}) through validated sync rules.`,
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Use components/planner-connector: its sync rules are built by buildSyncRules(model) and its configuration " +
      `names schema ${READ_MODEL_SCHEMA} and table ${READ_MODEL_VIEW}.`,
    validateResource: (args, report) => {
      if (isDynamic(args, ...SYNC_RULES)) {
        // validateSyncRules strips quoted literals before describing a query, so no problem text carries the key.
        for (const problem of validateSyncRules(at(args.props, "rules")))
          report(`${label(args)}: ${problem}.`);
      } else if (isDynamic(args, ...CONFIGURATION)) {
        const values = at(args.props, "values");
        if (!isObject(values)) return report(`${label(args)} has no configuration values.`);
        for (const problem of sourceProblems(values)) report(`${label(args)}: ${problem}.`);
      } else if (isElastic(args.type, "ElasticsearchConnector")) {
        const service = at(args.props, "serviceType");
        if (service !== "postgresql") {
          report(
            `${label(args)} is a ${String(service)} connector: only the PostgreSQL connector over the read model is allowed.`,
          );
        }
        const configured = jsonProp(at(args.props, "configurationValues"));
        if (configured.ok && isObject(configured.value)) {
          for (const problem of sourceProblems(configured.value)) report(`${label(args)}: ${problem}.`);
        }
      } else {
        args.notApplicable("not a connector, its sync rules or its configuration");
      }
    },
  };
}

export interface ConnectorRoleConfig {
  /** Read-model login roles applied outside this stack (the read model resource declares its own). */
  readModelRoles: string[];
}

export function connectorUsesReadModelRole(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "connector-uses-read-model-role",
    description: "Every connector has advanced sync rules and logs in to PostgreSQL as the read-model role.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Pass the read model's connectorRole to the connector (components/planner-read-model → planner-connector).",
    configSchema: {
      properties: {
        readModelRoles: {
          type: "array",
          items: { type: "string" },
          default: [],
          description: "Read-model roles created outside this stack.",
        },
      },
    },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      const cfg = args.getConfig<ConnectorRoleConfig>();
      const roles = new Set([
        ...(cfg.readModelRoles ?? []),
        ...inv
          .dynamic(...READ_MODEL)
          .map((r) => at(r.props, "connectorRole"))
          .filter((r): r is string => typeof r === "string"),
      ]);
      // Applied in the cluster: the roles its script grants the view, and the login it makes a member of one.
      for (const cm of inv.ofType(isApplyConfigMap)) {
        const script = appliedScript(cm.props);
        for (const r of script.viewRoles) roles.add(r);
        if (script.login && script.viewRoles.length > 0) roles.add(script.login);
      }
      // A rotating login inherits exactly its group's grants: it counts as that read-model role.
      for (const l of inv.dynamic(...LOGIN)) {
        const [group, login] = [at(l.props, "groupRole"), at(l.props, "loginRole")];
        if (typeof group === "string" && roles.has(group) && typeof login === "string") roles.add(login);
      }
      const rules = inv.dynamic(...SYNC_RULES);
      const configurations = inv.dynamic(...CONFIGURATION);
      for (const c of inv.elastic("ElasticsearchConnector")) {
        const id = at(c.props, "connectorId");
        if (!rules.some((r) => at(r.props, "connectorId") === id)) {
          report(
            `${label(c)} has no advanced sync rules: it would read whole tables instead of the read model.`,
            c.urn,
          );
        }
        const usernames = configurations
          .filter((r) => at(r.props, "connectorId") === id)
          .map((r) => at(r.props, "values", "username"));
        const configured = jsonProp(at(c.props, "configurationValues"));
        if (configured.ok && isObject(configured.value)) usernames.push(configured.value.username);
        if (usernames.length === 0)
          report(`${label(c)} has no source configuration: its database role cannot be checked.`, c.urn);
        for (const u of usernames) {
          if (typeof u !== "string" || !roles.has(u)) {
            report(
              `${label(c)} logs in to PostgreSQL as a role that is not a read-model role of this stack.`,
              c.urn,
            );
          }
        }
      }
    },
  };
}
