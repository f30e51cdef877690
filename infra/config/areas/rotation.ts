/**
 * `rotation`: one keeper per secret the program makes. Changing a keeper (a date or a counter) is the whole rotation
 * procedure: the next `pulumi up` makes a new value and moves every consumer to it before the old one is retired
 * (docs/secrets.md says in which order and why there is no lockout window).
 */
import { obj, optional, show, type Infer, type Spec } from "../dsl";

const KEEPER_TEXT = "a date (YYYY-MM-DD) or a counter (a whole number from 0 to 999999999)";

/** `2026-09-01` or `3` (a number in YAML or a string): what the program keys the secret's generation on. */
function keeper(doc: string): Spec<string> {
  return {
    allowed: KEEPER_TEXT,
    doc,
    optional: false,
    parse(value, path, issues) {
      const text = typeof value === "number" ? String(value) : value;
      if (typeof text === "string" && /^\d{1,9}$/.test(text)) return String(Number(text));
      if (typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
        const date = new Date(`${text}T00:00:00Z`);
        if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)) return text;
        issues.push({ path, found: show(value), allowed: `${KEEPER_TEXT}: not a calendar date` });
        return undefined;
      }
      issues.push({ path, found: show(value), allowed: KEEPER_TEXT });
      return undefined;
    },
  };
}

export const rotationKeys = {
  rotation: optional(
    obj(
      "Rotation keepers of the secrets the program makes (docs/secrets.md). Change one (a date or a counter) and run `pulumi up` to rotate that secret without downtime; unset means generation 0.",
      {
        plannerConnectorPassword: optional(
          keeper(
            "The connector's PostgreSQL login: a new login role `<planner.connectorRole>_r<keeper digits>` with a new password; the connector moves to it, then the old login is dropped.",
          ),
        ),
        pseudonymisationKey: optional(
          keeper(
            "The pseudonymisation key: a new key (pseudonyms change: continuity breaks by design) and a key-epoch record in Elasticsearch (index am-key-epochs) where dashboards can mark the discontinuity. The installation cells count customers within one generation (key_epoch): change it with every new key, supplied keys included.",
          ),
        ),
        connectorApiKey: optional(
          keeper(
            "The connector service's Elasticsearch API key: a new key, the config Secret and the Deployment moved to it, then the old key invalidated.",
          ),
        ),
        assistedInstallerCollectorApiKey: optional(
          keeper(
            "The Assisted Installer collector's Elasticsearch API key: a new key, the collector's keystore Secret moved to it (ECK rolls the Logstash pod), then the old key invalidated.",
          ),
        ),
        telemetryCollectorApiKey: optional(
          keeper(
            "The Telemetry collector's Elasticsearch API key: a new key, the collector's keystore Secret moved to it (ECK rolls the Metricbeat pod), then the old key invalidated.",
          ),
        ),
        crossClusterApiKey: optional(
          keeper(
            "The cross-cluster API key the follower replicates with (replication.securityModel api-key): a new key minted on the leader, the follower's keystore Secret moved to it, then the old key invalidated.",
          ),
        ),
      },
    ),
  ),
};

export type RotationConfig = NonNullable<Infer<typeof rotationKeys.rotation>>;
