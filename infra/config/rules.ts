/** Rules that relate several keys: what a platform, milestone, licence or feature requires of the rest. */
import { X509Certificate } from "node:crypto";
import { plannerDocument } from "../../anonymisation/planner/document";
import { DASHBOARDS_REVISION } from "../../dashboards/revision";
import type { ConfigIssue } from "./dsl";
import { loginRoleName, MAX_GROUP_ROLE_LENGTH } from "../naming/rotation";
import { breakdownProblem, generatedQuery } from "../../anonymisation/telemetry/promql";
import { leaderIssues } from "./areas/leader.rules";
import { milestone2Issues } from "./areas/milestone2.rules";
import type { ParsedConfig } from "./schema";

export const CLASSIFICATION_REVISION = plannerDocument.revision;

/** The connector's `ssl_ca`: required by sslMode verify (connectors 9.5.2 refuse ssl_enabled without it). */
function plannerCaIssues(c: ParsedConfig): ConfigIssue[] {
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

export function crossFieldIssues(c: ParsedConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, found: string, allowed: string) => issues.push({ path, found, allowed });

  if (c.platform === "kubernetes" && c.eck.olm) {
    add("eck.olm", "OLM settings on a kubernetes stack", "eck.helm (OLM exists only on OpenShift)");
  }
  if (c.platform === "openshift" && c.eck.helm) {
    add("eck.helm", "Helm settings on an openshift stack", "eck.olm (the certified OperatorHub package)");
  }
  issues.push(...plannerCaIssues(c));
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
  // An existing (milestone-2) deployment is configured, not deployed: the ECK cluster settings do not apply there.
  const existing = c.milestone === 2 && c.target?.mode === "existing";
  for (const key of ["elasticsearch", "kibana", "exposure"] as const) {
    if (existing && c[key]) {
      add(
        key,
        'settings with target.mode "existing"',
        "nothing: no Elasticsearch or Kibana is deployed then; remove the key",
      );
    } else if (!existing && !c[key]) {
      add(key, "nothing", `the ${key} section (this stack deploys Elasticsearch and Kibana with ECK)`);
    }
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
    if (major === 8 && minor < 16) {
      add(
        "elastic.version",
        JSON.stringify(c.elastic.version),
        "8.16 or later (the connector API the program uses)",
      );
    }
    // The connector password is generated when unset (components/generated-secrets); the planner path needs no key.
    if (c.plannerAdminUrl === undefined)
      add(
        "plannerAdminUrl",
        "nothing",
        "a secret (features.plannerConnector is true): pulumi config set --secret plannerAdminUrl ...",
      );
  }
  if (c.pseudonymisationKey !== undefined && c.pseudonymisationKey.length < 32) {
    add(
      "pseudonymisationKey",
      "a secret shorter than 32 characters",
      "a secret of at least 32 characters (e.g. openssl rand -hex 32)",
    );
  } else if (
    c.pseudonymisationKey !== undefined &&
    (/[:\\'"]/.test(c.pseudonymisationKey) || c.pseudonymisationKey.includes("\u0000"))
  ) {
    // The connector sends the sync rule through SQLAlchemy text(), which reads `:name` as a bind parameter; the
    // read model refuses these characters when it applies (components/planner-read-model/apply.ts).
    add(
      "pseudonymisationKey",
      "a secret containing ':', '\\', a quote or NUL",
      "a secret without them (e.g. openssl rand -hex 32)",
    );
  }
  if (c.plannerConnectorPassword !== undefined && !/^[\x21-\x7e]{16,}$/.test(c.plannerConnectorPassword)) {
    // What the read model accepts when it sets the role's password (it is hashed client-side).
    add(
      "plannerConnectorPassword",
      "a secret shorter than 16 characters or with spaces or non-ASCII characters",
      "a secret of at least 16 printable ASCII characters without spaces (e.g. openssl rand -base64 24)",
    );
  }
  if (c.plannerAdminUrl !== undefined && !/^postgres(ql)?:\/\//.test(c.plannerAdminUrl)) {
    add(
      "plannerAdminUrl",
      "a secret that is not a postgres:// URL",
      "postgres://user:password@host:port/database",
    );
  } else if (c.plannerAdminUrl !== undefined && c.planner && c.features.plannerConnector) {
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
  const needsEs = c.features.plannerConnector || c.features.dashboards;
  if (needsEs && c.access.mode === "route" && c.exposure && !c.exposure.elasticsearchHost) {
    add(
      "exposure.elasticsearchHost",
      "nothing",
      'a host (access.mode "route" reaches Elasticsearch through it); or set access.mode to "in-cluster"',
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
  issues.push(
    ...milestone2Issues(c, {
      breakdownProblem: (groupBy, expr, label) => {
        try {
          return breakdownProblem(groupBy, expr, label);
        } catch (e) {
          return { key: "expr", message: (e as Error).message };
        }
      },
      queryProblem: (q, label) => {
        try {
          generatedQuery(q, label, c.anonymity.k);
          return undefined;
        } catch (e) {
          return (e as Error).message;
        }
      },
    }),
  );
  issues.push(...leaderIssues(c));
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
