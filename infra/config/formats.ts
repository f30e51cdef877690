/**
 * The value formats the engines downstream insist on, checked before anything is registered so no component and no
 * API server is the first to refuse a value: DNS names, index names, host:port lists, quantities, cron expressions,
 * URLs. Each checker returns why a value is refused (a phrase that follows "allowed: <format>: "), or undefined.
 *
 * Components that must refuse the same values import these checkers (arrows point down: components → config).
 */
import { isIP } from "node:net";

/** RFC 1123 label as Kubernetes checks it (`IsDNS1123Label`): namespaces, most object names. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function dnsLabelProblem(value: string, max = 63): string | undefined {
  if (value.length > max) return `at most ${max} characters`;
  if (!DNS_LABEL.test(value)) return "lower-case letters, digits and '-', starting and ending alphanumeric";
  return undefined;
}

/** RFC 1123 subdomain as Kubernetes checks it (`IsDNS1123Subdomain`): StorageClass, CatalogSource names. */
export function dnsSubdomainProblem(value: string): string | undefined {
  if (value.length > 253) return "at most 253 characters";
  const labels = value.split(".");
  const bad = labels.findIndex((label) => dnsLabelProblem(label) !== undefined);
  // The label is not echoed: the value may be a credential pasted into the wrong key (the loader masks the value it
  // shows as "found", and a quoted label would undo that).
  return bad < 0
    ? undefined
    : `label ${bad + 1} of ${labels.length} is not a DNS label (lower-case letters, digits, '-')`;
}

/**
 * A public host name a Route or Ingress can serve: a lower-case DNS subdomain with at least one dot, no wildcard,
 * no scheme, port or path (the router matches the Host / SNI name exactly).
 */
export function hostNameProblem(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return "a bare host name, without scheme (https://)";
  if (value.includes("/") || value.includes(":")) return "a bare host name, without port or path";
  if (value !== value.toLowerCase())
    return "lower case (routers and certificates compare host names in lower case)";
  if (!value.includes(".")) return "a fully qualified name with at least one dot";
  return dnsSubdomainProblem(value);
}

/** A host a pod connects to: a DNS name (Service names may have no dot) or an IPv4 address. */
export function connectHostProblem(value: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value))
    return value.split(".").every((o) => Number(o) <= 255) ? undefined : "a valid IPv4 address";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return "a bare host name, without scheme";
  return dnsSubdomainProblem(value.toLowerCase());
}

export function portProblem(port: string): string | undefined {
  if (!/^\d{1,5}$/.test(port)) return "a port number";
  const n = Number(port);
  return n >= 1 && n <= 65535 ? undefined : "a port from 1 to 65535";
}

/** `host:port`, as Kafka bootstrap servers and remote-cluster proxy addresses are given. */
export function hostPortProblem(value: string): string | undefined {
  const colon = value.lastIndexOf(":");
  if (colon <= 0) return `"${value}" lacks a :port`;
  const hostProblem = connectHostProblem(value.slice(0, colon));
  if (hostProblem) return `host of "${value}": ${hostProblem}`;
  const p = portProblem(value.slice(colon + 1));
  return p ? `port of "${value}": ${p}` : undefined;
}

/** Comma-separated `host:port` list (Kafka `bootstrap.servers`): every server needs its port. */
export function hostPortListProblem(value: string): string | undefined {
  const servers = value.split(",").map((s) => s.trim());
  if (servers.some((s) => s === "")) return "no empty entries between commas";
  for (const s of servers) {
    const p = hostPortProblem(s);
    if (p) return p;
  }
  return undefined;
}

/**
 * An https URL the program and the collectors may print and store in plain text: no user or password in it
 * (passwords are secret keys of their own), no whitespace.
 */
export function httpsUrlProblem(value: string): string | undefined {
  let url: URL;
  if (!/^https:\/\//.test(value)) return "an https:// URL";
  try {
    url = new URL(value);
  } catch {
    return "a well-formed URL";
  }
  if (url.username || url.password || /^https:\/\/[^/]*@/.test(value))
    return "no user or password inside the URL (set the password as its secret key, the user as its username key)";
  if (/\s/.test(value)) return "no whitespace";
  return url.hostname ? connectHostProblem(url.hostname.replace(/^\[|\]$/g, "")) : "a host";
}

/**
 * Elasticsearch index names (`MetadataCreateIndexService.validateIndexOrAliasName`): lower case, none of
 * `\ / * ? " < > | space , #`, not starting with `-`, `_` or `+`, not `.`/`..`, at most 255 bytes. Dot-prefixed
 * (system and hidden) indices are refused as well: nothing this program writes or shows may live there.
 * `wildcard` admits `*` for index patterns.
 */
export function indexNameProblem(value: string, wildcard = false): string | undefined {
  if (value !== value.toLowerCase()) return "lower case (Elasticsearch refuses upper-case index names)";
  if (Buffer.byteLength(value) > 200)
    return "at most 200 bytes (the program appends suffixes such as -anonymise)";
  const forbidden = wildcard ? /[\\/?"<>| ,#:]/ : /[\\/*?"<>| ,#:]/;
  if (forbidden.test(value)) return `none of \\ / ${wildcard ? "" : "* "}? " < > | , # : or spaces`;
  if (/^[-_+]/.test(value)) return "not starting with -, _ or +";
  if (value.startsWith(".")) return "not a dot-prefixed (system or hidden) index";
  if (wildcard && value.replace(/\*/g, "") === "") return "a pattern naming some index, not everything (*)";
  return undefined;
}

/**
 * The planner connector's index: an Elasticsearch index name in ASCII (`[a-z0-9][a-z0-9._-]*`), because it also names
 * the connector's service role, its API key and its ACL filter index. The stack config and the component
 * (`components/planner-connector/elastic.ts`) both apply this rule, so the component never refuses what the loader
 * accepted.
 */
export function connectorIndexNameProblem(value: string): string | undefined {
  return (
    indexNameProblem(value) ??
    (/^[a-z0-9][a-z0-9._-]*$/.test(value)
      ? undefined
      : "only a-z, 0-9, '.', '_' and '-', starting with a letter or a digit (it also names the connector's role and API key)")
  );
}

/** Kubernetes label key: optional DNS-subdomain prefix and `/`, name of at most 63 alphanumerics, `-`, `_`, `.`. */
export function labelKeyProblem(key: string): string | undefined {
  const slash = key.indexOf("/");
  const [prefix, name] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [undefined, key];
  if (prefix !== undefined && dnsSubdomainProblem(prefix))
    return `label key prefix "${prefix}" is not a DNS subdomain`;
  if (name.length === 0 || name.length > 63 || !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name))
    return `label key "${key}": a name of at most 63 letters, digits, '-', '_', '.'`;
  return undefined;
}

export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value))
    return "a label value of at most 63 letters, digits, '-', '_', '.', starting and ending alphanumeric";
  return undefined;
}

const SUFFIX: Record<string, number> = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
export const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** The value of a Kubernetes quantity in base units (bytes, or CPU cores), or undefined when it is not one. */
export function quantityValue(q: string): number | undefined {
  const m = QUANTITY.exec(q);
  return m ? Number(m[1]) * SUFFIX[m[2] ?? ""] : undefined;
}

interface CronField {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Names start at this number (Quartz days of week: SUN = 1; Unix: SUN = 0). */
  nameBase?: number;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;

/** One cron field: `*`, values, ranges, steps and lists of them. Returns why it is refused, or undefined. */
function cronFieldProblem(text: string, f: CronField): string | undefined {
  const value = (token: string): number | undefined => {
    if (/^\d+$/.test(token)) return Number(token);
    const i = f.names?.indexOf(token.toUpperCase() as never) ?? -1;
    return i >= 0 ? i + (f.nameBase ?? 1) : undefined;
  };
  for (const part of text.split(",")) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return `${f.name} "${text}" is not *, a value, a range a-b, a step x/n or a list of them`;
    if (m[1] !== "*") {
      const bounds = m[1].split("-").map(value);
      if (bounds.some((b) => b === undefined || b < f.min || b > f.max))
        return `${f.name} "${text}" leaves ${f.min}-${f.max}${f.names ? ` (or ${f.names[0]}-${f.names[f.names.length - 1]})` : ""}`;
    }
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > f.max))
      return `${f.name} step "/${m[2]}" is not from 1 to ${f.max}`;
  }
  return undefined;
}

/**
 * A Quartz cron as both the Elasticsearch connector API (x-pack `scheduler.Cron`, Quartz's CronExpression) and the
 * connectors service (`cstriggers` QuartzCron) accept it: `sec min hour day-of-month month day-of-week [year]`,
 * exactly one of the day fields `?`. Only the common syntax is admitted (`*`, values, names, ranges, steps,
 * lists); `L`, `W` and `#` are refused rather than trusted to both parsers.
 */
export function quartzCronProblem(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length < 6 || fields.length > 7)
    return `6 or 7 fields (sec min hour day-of-month month day-of-week [year]), not ${fields.length}`;
  const [sec, min, hour, dom, month, dow, year] = fields;
  if ((dom === "?") === (dow === "?")) return 'exactly one of day-of-month and day-of-week is "?"';
  const specs: [string, CronField][] = [
    [sec, { name: "seconds", min: 0, max: 59 }],
    [min, { name: "minutes", min: 0, max: 59 }],
    [hour, { name: "hours", min: 0, max: 23 }],
    [month, { name: "month", min: 1, max: 12, names: MONTHS }],
  ];
  if (dom !== "?") specs.push([dom, { name: "day-of-month", min: 1, max: 31 }]);
  if (dow !== "?") specs.push([dow, { name: "day-of-week", min: 1, max: 7, names: DAYS }]);
  if (year !== undefined) specs.push([year, { name: "year", min: 1970, max: 2199 }]);
  for (const [text, spec] of specs) {
    const p = cronFieldProblem(text, spec);
    if (p) return p;
  }
  return undefined;
}

/** A five-field Unix cron (`min hour day-of-month month day-of-week`), as rufus-scheduler (Logstash inputs) reads it. */
export function unixCronProblem(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return `5 fields (min hour day-of-month month day-of-week), not ${fields.length}`;
  const specs: CronField[] = [
    { name: "minutes", min: 0, max: 59 },
    { name: "hours", min: 0, max: 23 },
    { name: "day-of-month", min: 1, max: 31 },
    { name: "month", min: 1, max: 12, names: MONTHS },
    { name: "day-of-week", min: 0, max: 7, names: DAYS, nameBase: 0 },
  ];
  for (const [i, spec] of specs.entries()) {
    const p = cronFieldProblem(fields[i], spec);
    if (p) return p;
  }
  return undefined;
}

/** `1.2.3` → [1, 2, 3]. */
export function semverParts(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** -1, 0 or 1, comparing two `x.y.z` versions. */
export function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/**
 * A container image pinned to a release: `[registry[:port]/]repository:tag` and/or `@sha256:<digest>`, the tag not
 * `latest`. An untagged reference means `:latest`, which moves under a running stack.
 */
export function imageProblem(ref: string): string | undefined {
  const m =
    /^((?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(@sha256:[a-f0-9]{64})?$/.exec(
      ref,
    );
  if (!m) return "an image reference such as registry.example.com/team/logstash:9.5.2";
  if (m[2] === undefined && m[3] === undefined)
    return "a tag or digest (an untagged image is :latest, which moves)";
  if (m[2] === "latest") return "a release tag or digest, not latest (it moves under a running stack)";
  return undefined;
}

/** A Kafka topic name (Kafka `Topic.validate`): 1 to 249 of letters, digits, '.', '_', '-', not "." or "..". */
export function kafkaTopicProblem(topic: string): string | undefined {
  if (topic === "." || topic === "..") return 'not "." or ".."';
  return /^[A-Za-z0-9._-]{1,249}$/.test(topic) ? undefined : "1 to 249 letters, digits, '.', '_' or '-'";
}

export const CIDR_TEXT = "an IPv4 or IPv6 CIDR such as 10.20.0.0/16 or fd00:10::/64";

/** Why `cidr` is not an address range a NetworkPolicy ipBlock takes, or undefined when it is one. */
export function cidrProblem(cidr: string): string | undefined {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(cidr);
  if (!m) return `${CIDR_TEXT} (address/prefix length)`;
  const family = isIP(m[1]);
  if (family === 0) return `${CIDR_TEXT}: "${m[1]}" is not an IP address`;
  const max = family === 4 ? 32 : 128;
  if (Number(m[2]) > max) return `${CIDR_TEXT}: an IPv${family} prefix length is at most ${max}`;
  return undefined;
}
