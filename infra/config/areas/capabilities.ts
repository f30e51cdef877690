/**
 * Switches and settings of the capabilities built on the platform: the planner connector, dashboards, delivery; and
 * their rules (`capabilityIssues`).
 */
import { X509Certificate } from "node:crypto";
import { plannerDocument } from "../../../anonymisation/planner/document";
import { DEFAULT_OWNER_ROLE } from "../../../anonymisation/planner/sql/readModel";
import { roleNameProblem } from "../../../anonymisation/planner/sql/roles";
import { emailDomainProblem } from "../../../anonymisation/planner/sql/readModel";
import { DASHBOARDS_REVISION } from "../../../dashboards/revision";
import { loginRoleName, MAX_GROUP_ROLE_LENGTH } from "../../naming/rotation";
import { connectorIndexNameProblem } from "../formats";
import {
  arr,
  bool,
  int,
  issueList,
  labels,
  obj,
  oneOf,
  optional,
  str,
  type ConfigIssue,
  type Parsed,
} from "../dsl";
import type { rotationKeys } from "./rotation";
import { isPostgresUrl, secretHint, type secretSpecs } from "./secrets";
import {
  connectHost,
  dataKey,
  dnsLabel,
  dnsSubdomain,
  image,
  indexPattern,
  pemCertificate,
  quartzCron,
} from "./formats";

/**
 * The default of `planner.readModel.image`: a PostgreSQL client image (psql 17 talks to servers 10 and later);
 * pinned, never `latest`. The in-cluster apply Job runs it when the key is unset.
 */
export const DEFAULT_APPLY_IMAGE = "docker.io/library/postgres:17.6-alpine";

export const capabilityKeys = {
  features: obj("Which capabilities the stack deploys.", {
    plannerConnector: bool(
      "Anonymised planner read model + Elastic PostgreSQL connector (milestone 1 data).",
    ),
    dashboards: bool("Kibana space, data views, dashboards and viewer roles."),
  }),
  planner: optional(
    obj("The migration-planner PostgreSQL and its connector (features.plannerConnector).", {
      host: connectHost("PostgreSQL host as the connector pod reaches it (in-cluster Service DNS name)."),
      port: optional(int("PostgreSQL port.", { min: 1, max: 65535 }), 5432),
      database: str("Database of the planner."),
      sslMode: optional(
        oneOf(
          "TLS from the connector to PostgreSQL: verify checks the server certificate; disable sends plain text.",
          ["verify", "disable"] as const,
        ),
        "verify",
      ),
      sslCa: optional(
        obj(
          "sslMode verify: the CA that signs PostgreSQL's server certificate, for the connector's `ssl_ca` (connectors refuse `ssl_enabled` without it). Exactly one of pem, configMap, secret.",
          {
            pem: optional(pemCertificate("The CA certificate itself (public, not a secret).")),
            configMap: optional(
              obj("A ConfigMap key holding it, e.g. OpenShift's service CA `openshift-service-ca.crt`.", {
                namespace: dnsLabel("Namespace of the ConfigMap."),
                name: dnsSubdomain("Name of the ConfigMap."),
                key: dataKey("Key holding the PEM."),
              }),
            ),
            secret: optional(
              obj("A Secret key holding it.", {
                namespace: dnsLabel("Namespace of the Secret."),
                name: dnsSubdomain("Name of the Secret."),
                key: dataKey("Key holding the PEM."),
              }),
            ),
          },
        ),
      ),
      namespace: optional(
        dnsLabel("Namespace of the PostgreSQL pods, admitted by the connector's egress policy."),
      ),
      podSelector: optional(labels("Labels of the PostgreSQL pods.")),
      readModel: optional(
        obj("How the anonymised read model gets into the planner database.", {
          applyFrom: oneOf(
            "runner = `pulumi up` connects to PostgreSQL itself (secret plannerAdminUrl) and generates the SQL for the schema it finds; cluster = a Job in the namespace runs the same SQL with psql, for a PostgreSQL only the cluster reaches (it connects to planner.host:port as plannerAdminUrl's user; the era is chosen in PostgreSQL).",
            ["runner", "cluster"] as const,
          ),
          image: optional(
            image(
              `cluster: PostgreSQL client image whose \`psql\` the Job runs, pinned by tag or digest (default ${DEFAULT_APPLY_IMAGE}).`,
            ),
          ),
        }),
        { applyFrom: "runner" },
      ),
      connectorRole: optional(
        str(
          "Role the program creates for the connector (it reads only the anonymised read model); never an existing role of the planner's.",
          {
            patternText:
              "a role that does not exist yet, a lower-case PostgreSQL identifier (a-z, 0-9, _): the program creates it and its logins `<role>_r<digits>`, and never alters a role it did not create",
            check: connectorRoleProblem,
          },
        ),
        "am_dashboard_connector",
      ),
      indexName: optional(
        str("Index the connector writes to.", {
          patternText: "an Elasticsearch index name",
          check: connectorIndexNameProblem,
        }),
        "am-planner",
      ),
      syncSchedule: optional(
        quartzCron(
          "Quartz cron of the full sync (connector scheduling): sec min hour dom month dow, one day field ?.",
        ),
        "0 0 * * * ?",
      ),
      excludeOrgIds: optional(
        arr("Internal / demo organisation ids left out of the read model.", str("An org id."), {
          min: 0,
          max: 200,
        }),
        [],
      ),
      excludeEmailDomains: optional(
        arr(
          "Email domains of internal users left out of the read model.",
          str("A domain.", { check: emailDomainProblem }),
          {
            min: 0,
            max: 50,
          },
        ),
        [],
      ),
    }),
  ),
  dashboards: optional(
    obj("Kibana dashboards (features.dashboards).", {
      space: optional(
        str("Kibana space id holding the dashboards.", {
          pattern: /^[a-z0-9_-]+$/,
          patternText: "a space id (a-z, 0-9, _ and -)",
        }),
        "assisted-migration",
      ),
      installationsIndexPattern: optional(
        indexPattern(
          "Index pattern of the Assisted Installer installation cells (one pattern, not *): the aggregate index, never the staging index.",
        ),
        "am-installations-cells*",
      ),
    }),
    { space: "assisted-migration", installationsIndexPattern: "am-installations-cells*" },
  ),
  access: optional(
    obj("How `pulumi up` reaches Elasticsearch and Kibana to manage their objects.", {
      mode: oneOf(
        "route = through the exposed hosts (CI outside the cluster); in-cluster = Service DNS names (Pulumi Kubernetes Operator).",
        ["route", "in-cluster"] as const,
      ),
    }),
    { mode: "route" },
  ),
  release: obj("Release-pinned revisions, moved between stacks by `npm run promote`.", {
    classificationRevision: int(
      "Revision of the field classification this stack runs; must equal the code's.",
      { min: 1, max: 1000 },
    ),
    dashboardsRevision: int("Revision of the dashboards this stack runs; must equal the code's.", {
      min: 1,
      max: 1000,
    }),
  }),
} as const;

/** Names the connector role (and its rotating logins, `<role>_r<digits>`) can never take. */
function connectorRoleProblem(role: string): string | undefined {
  if (role === DEFAULT_OWNER_ROLE) return `"${DEFAULT_OWNER_ROLE}" is the read model's owner role`;
  return roleNameProblem(role) ?? roleNameProblem(`${role}_r0`);
}

/** The classification revision of this commit, which `release.classificationRevision` must name. */
export const CLASSIFICATION_REVISION = plannerDocument.revision;

type CapabilityConfig = Parsed<typeof capabilityKeys & typeof secretSpecs & typeof rotationKeys>;

/** The connector's `ssl_ca`: required by sslMode verify (connectors 9.5.2 refuse ssl_enabled without it). */
function plannerCaIssues(c: CapabilityConfig): ConfigIssue[] {
  const p = c.planner;
  if (!p || !c.features.plannerConnector) return [];
  const sources = (["pem", "configMap", "secret"] as const).filter((k) => p.sslCa?.[k] !== undefined);
  if (p.sslMode === "disable") {
    return p.sslCa
      ? [
          {
            path: "planner.sslCa",
            found: 'a CA with sslMode "disable"',
            allowed: 'sslMode "verify", or no sslCa',
          },
        ]
      : [];
  }
  if (sources.length !== 1) {
    return [
      {
        path: "planner.sslCa",
        found: sources.length ? `${sources.join(" and ")}` : "nothing",
        allowed:
          "exactly one of pem, configMap {namespace, name, key} or secret {namespace, name, key} (sslMode verify needs the CA of PostgreSQL's certificate)",
      },
    ];
  }
  if (p.sslCa?.pem !== undefined) {
    try {
      new X509Certificate(p.sslCa.pem);
    } catch (e) {
      return [
        {
          path: "planner.sslCa.pem",
          found: `a certificate that does not parse (${(e as Error).message})`,
          allowed: "a PEM X.509 certificate",
        },
      ];
    }
  }
  return [];
}

/** What the planner connector needs of the rest, and the release revisions this commit deploys. */
export function capabilityIssues(c: CapabilityConfig): ConfigIssue[] {
  const { issues, add } = issueList();
  issues.push(...plannerCaIssues(c));
  if (c.features.plannerConnector) {
    if (!c.planner) add("planner", "nothing", "the planner section (features.plannerConnector is true)");
    else if (c.planner.connectorRole.length > MAX_GROUP_ROLE_LENGTH) {
      // Each password generation logs in as `<connectorRole>_r<digits>`, which PostgreSQL caps at 63 characters.
      add(
        "planner.connectorRole",
        JSON.stringify(c.planner.connectorRole),
        `a role name of at most ${MAX_GROUP_ROLE_LENGTH} characters (the rotating logins append _r and up to 9 digits)`,
      );
    } else if (!c.planner.podSelector || Object.keys(c.planner.podSelector).length === 0) {
      add(
        "planner.podSelector",
        "nothing",
        "the labels of the PostgreSQL pods (the connector's NetworkPolicy may reach only them)",
      );
    }
    // The connector password is generated when unset (components/generated-secrets); the planner path needs no key.
    if (c.plannerAdminUrl === undefined)
      add("plannerAdminUrl", "nothing", secretHint("plannerAdminUrl", "features.plannerConnector is true"));
  }
  // A malformed plannerAdminUrl is the secrets area's error (`secretIssues`).
  if (
    c.plannerAdminUrl !== undefined &&
    isPostgresUrl(c.plannerAdminUrl) &&
    c.planner &&
    c.features.plannerConnector
  ) {
    // The program alters and drops its connector role and that role's logins: never the role it connects as.
    const admin = adminUser(c.plannerAdminUrl);
    const role = c.planner.connectorRole;
    const login =
      role.length <= MAX_GROUP_ROLE_LENGTH ? loginRoleName(role, c.rotation?.plannerConnectorPassword) : role;
    if (admin !== undefined && (admin === role || admin === login))
      add(
        "planner.connectorRole",
        `${JSON.stringify(role)}, the role plannerAdminUrl connects as (or its login)`,
        "a role that does not exist yet, other than the administrative role: the program creates it, and alters and drops only roles it created",
      );
  }
  if (c.release.classificationRevision !== CLASSIFICATION_REVISION) {
    add(
      "release.classificationRevision",
      String(c.release.classificationRevision),
      `${CLASSIFICATION_REVISION}, the revision of the classification in this commit (promote it with npm run promote)`,
    );
  }
  if (c.release.dashboardsRevision !== DASHBOARDS_REVISION) {
    add(
      "release.dashboardsRevision",
      String(c.release.dashboardsRevision),
      `${DASHBOARDS_REVISION}, the revision of the dashboards in this commit (promote it with npm run promote)`,
    );
  }
  return issues;
}

/** The user name of a postgres:// URL (never printed: the URL is a secret), or undefined. */
function adminUser(url: string): string | undefined {
  try {
    const user = decodeURIComponent(new URL(url).username);
    return user === "" ? undefined : user;
  } catch {
    return undefined;
  }
}
