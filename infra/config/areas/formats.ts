/** Specs of the value formats several areas share (the checks themselves are in `../formats.ts`). */
import { str, type Spec } from "../dsl";
import {
  connectHostProblem,
  dnsLabelProblem,
  dnsSubdomainProblem,
  hostNameProblem,
  hostPortListProblem,
  hostPortProblem,
  httpsUrlProblem,
  imageProblem,
  kafkaTopicProblem,
  indexNameProblem,
  quartzCronProblem,
  unixCronProblem,
} from "../formats";

/** A Kubernetes namespace or object name (RFC 1123 label). */
export const dnsLabel = (doc: string, max = 63): Spec<string> =>
  str(doc, {
    patternText: "a DNS label (lower-case letters, digits, '-')",
    check: (v) => dnsLabelProblem(v, max),
  });

export const dnsSubdomain = (doc: string): Spec<string> =>
  str(doc, { patternText: "a DNS subdomain (lower-case labels joined by dots)", check: dnsSubdomainProblem });

/** A public host name served by a Route / Ingress. */
export const hostName = (doc: string): Spec<string> =>
  str(doc, { patternText: "a lower-case DNS host name with at least one dot", check: hostNameProblem });

/** A host a pod connects to (Service name, FQDN or IPv4). */
export const connectHost = (doc: string): Spec<string> =>
  str(doc, { patternText: "a DNS name or IPv4 address", check: connectHostProblem });

export const hostPort = (doc: string): Spec<string> =>
  str(doc, { patternText: "host:port", check: hostPortProblem });

export const hostPortList = (doc: string): Spec<string> =>
  str(doc, { patternText: "a comma-separated host:port list", check: hostPortListProblem });

export const httpsUrl = (doc: string): Spec<string> =>
  str(doc, { patternText: "an https:// URL", check: httpsUrlProblem });

export const indexName = (doc: string): Spec<string> =>
  str(doc, { patternText: "an Elasticsearch index name", check: (v) => indexNameProblem(v) });

export const indexPattern = (doc: string): Spec<string> =>
  str(doc, { patternText: "one Elasticsearch index pattern", check: (v) => indexNameProblem(v, true) });

export const quartzCron = (doc: string): Spec<string> =>
  str(doc, { patternText: "a Quartz cron (e.g. 0 0 * * * ?)", check: quartzCronProblem });

export const unixCron = (doc: string): Spec<string> =>
  str(doc, { patternText: "a cron of 5 fields (e.g. */30 * * * *)", check: unixCronProblem });

/** A public CA certificate: PEM CERTIFICATE blocks only (it is stored and printed in clear, so never a key). */
export const pemCertificate = (doc: string): Spec<string> =>
  str(doc, {
    pattern: /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/,
    patternText: "a PEM certificate",
    check: (v) =>
      /PRIVATE KEY/.test(v) ||
      v.replace(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\s*/g, "") !== ""
        ? "CERTIFICATE blocks only (a private key must never be in the stack file in clear)"
        : undefined,
  });

export const image = (doc: string): Spec<string> =>
  str(doc, { patternText: "a pinned container image", check: imageProblem });

export const kafkaTopic = (doc: string): Spec<string> =>
  str(doc, { patternText: "a Kafka topic name", check: kafkaTopicProblem });

/**
 * A value the collector writes into its Logstash pipeline between quotes: no quote, backslash or `$` (Logstash
 * substitutes `${VAR}`), no control characters. The renderer refuses these rather than escape them.
 */
export const logstashText = (doc: string): Spec<string> =>
  str(doc, {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    pattern: /^[^"'\\$\u0000-\u001f]+$/,
    patternText:
      "text without quotes, backslashes, $ or control characters (it is written into the Logstash pipeline)",
  });

/** A key of a ConfigMap or Secret (Kubernetes `IsConfigMapKey`). */
export const dataKey = (doc: string): Spec<string> =>
  str(doc, {
    pattern: /^[-._a-zA-Z0-9]{1,253}$/,
    patternText: "a ConfigMap / Secret key (letters, digits, '-', '_', '.')",
  });
