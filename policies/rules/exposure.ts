/**
 * Elasticsearch and Kibana are only ever reached over TLS, with authentication, and behind a NetworkPolicy.
 * A dashboard of anonymised aggregates is still a map of every customer's estate: it must not leak in transit or
 * to anonymous users.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { asArray, at, flattenKeys, isObject, K8S, label, setting, type Level } from "./common";

const ECK_HTTP_SERVICE = /-(es|kb)-http$/;
/** The remote cluster server speaks the transport protocol over TLS: only passthrough keeps it intact. */
const ECK_REMOTE_CLUSTER_SERVICE = /-es-remote-cluster$/;

export function tlsEndToEnd(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "tls-end-to-end",
    description: "Elasticsearch and Kibana are exposed only with TLS from the client to the pod.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Use a passthrough or reencrypt Route with insecureEdgeTerminationPolicy None or Redirect, or an Ingress with " +
      "TLS and the nginx.ingress.kubernetes.io/backend-protocol: HTTPS annotation; never disable ECK's HTTP TLS.",
    validateResource: (args, report) => {
      const p = args.props;
      if (args.type === K8S.route) {
        const tls = at(p, "spec", "tls");
        if (!isObject(tls)) return report(`${label(args)} has no TLS: it serves plain HTTP.`);
        const termination = tls.termination;
        if (termination !== "passthrough" && termination !== "reencrypt") {
          report(
            `${label(args)} uses ${String(termination)} termination: only passthrough or reencrypt keep TLS to the pod.`,
          );
        }
        const to = at(p, "spec", "to", "name");
        if (typeof to === "string" && ECK_REMOTE_CLUSTER_SERVICE.test(to) && termination !== "passthrough") {
          report(`${label(args)} routes to ${to} with ${String(termination)} termination: only passthrough.`);
        }
        const insecure = tls.insecureEdgeTerminationPolicy;
        if (insecure !== undefined && insecure !== "None" && insecure !== "Redirect") {
          report(
            `${label(args)} allows plain HTTP (insecureEdgeTerminationPolicy ${String(insecure)}): use None or Redirect.`,
          );
        }
      } else if (args.type === K8S.ingress) {
        const services = asArray(at(p, "spec", "rules")).flatMap((rule) =>
          asArray(at(rule, "http", "paths")).map((path) => at(path, "backend", "service", "name")),
        );
        const annotations = at(p, "metadata", "annotations");
        const remote = services.filter(
          (s): s is string => typeof s === "string" && ECK_REMOTE_CLUSTER_SERVICE.test(s),
        );
        const passthrough = isObject(annotations)
          ? annotations["nginx.ingress.kubernetes.io/ssl-passthrough"]
          : undefined;
        if (remote.length > 0 && passthrough !== "true") {
          report(
            `${label(args)} forwards to ${remote.join(", ")} without nginx.ingress.kubernetes.io/ssl-passthrough: "true": the controller would terminate TLS.`,
          );
        }
        const eck = services.filter((s): s is string => typeof s === "string" && ECK_HTTP_SERVICE.test(s));
        if (eck.length === 0) return;
        const protocol = isObject(annotations)
          ? annotations["nginx.ingress.kubernetes.io/backend-protocol"]
          : undefined;
        if (protocol !== "HTTPS") {
          report(
            `${label(args)} forwards to ${eck.join(", ")} without backend-protocol HTTPS: the hop to the pod would be plain HTTP.`,
          );
        }
        if (asArray(at(p, "spec", "tls")).length === 0)
          report(`${label(args)} has no TLS section: clients would connect in plain HTTP.`);
      } else if (args.type === K8S.elasticsearch || args.type === K8S.kibana) {
        if (at(p, "spec", "http", "tls", "selfSignedCertificate", "disabled") === true) {
          report(`${label(args)} disables HTTP TLS (http.tls.selfSignedCertificate.disabled: true).`);
        }
        const configs =
          args.type === K8S.elasticsearch
            ? asArray(at(p, "spec", "nodeSets")).map((s) => at(s, "config"))
            : [at(p, "spec", "config")];
        for (const c of configs) {
          for (const key of ["xpack.security.enabled", "xpack.security.http.ssl.enabled"]) {
            if (setting(c, key) === false || setting(c, key) === "false")
              report(`${label(args)} sets ${key}: false.`);
          }
        }
      } else {
        args.notApplicable("not a Route, Ingress, Elasticsearch or Kibana");
      }
    },
  };
}

export function noAnonymousAccess(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "no-anonymous-access",
    description: "Neither Elasticsearch nor Kibana lets anyone in without credentials.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Remove every xpack.security.authc.anonymous.* setting from the Elasticsearch node sets and any anonymous " +
      "authentication provider from the Kibana config; give viewers a role instead (components/viewer-access).",
    validateResource: (args, report) => {
      const configs =
        args.type === K8S.elasticsearch
          ? asArray(at(args.props, "spec", "nodeSets")).map((s) => at(s, "config"))
          : args.type === K8S.kibana
            ? [at(args.props, "spec", "config")]
            : args.notApplicable("not an Elasticsearch or Kibana resource");
      for (const c of configs) {
        const keys = flattenKeys(c).filter((k) =>
          /^xpack\.security\.authc\.(anonymous|providers\.anonymous)/.test(k),
        );
        if (keys.length > 0)
          report(`${label(args)} enables anonymous access (${[...new Set(keys)].sort().join(", ")}).`);
      }
    },
  };
}

const ES_CLUSTER_LABEL = "elasticsearch.k8s.elastic.co/cluster-name";

export function elasticsearchBehindNetworkPolicy(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "elasticsearch-behind-network-policy",
    description:
      "Every Elasticsearch cluster's pods are selected by an ingress NetworkPolicy in their namespace.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Keep the NetworkGuards of components/network-policies: a NetworkPolicy whose podSelector matches " +
      `${ES_CLUSTER_LABEL}=<name> with policyTypes [Ingress].`,
    validateStack: (args, report) => {
      const policies = args.resources.filter((r) => r.type === K8S.networkPolicy);
      for (const es of args.resources.filter((r) => r.type === K8S.elasticsearch)) {
        const name = at(es.props, "metadata", "name") ?? es.name;
        const ns = at(es.props, "metadata", "namespace");
        const guarded = policies.some((np) => {
          const selector = at(np.props, "spec", "podSelector", "matchLabels");
          const types = asArray(at(np.props, "spec", "policyTypes"));
          const sameNs = at(np.props, "metadata", "namespace") === ns;
          // An empty selector selects every pod of the namespace; extra labels would leave some ES pods out.
          const selects =
            isObject(selector) &&
            (Object.keys(selector).length === 0 ||
              (selector[ES_CLUSTER_LABEL] === name &&
                Object.keys(selector).every(
                  (k) => k === ES_CLUSTER_LABEL || k.startsWith("common.k8s.elastic.co/"),
                )));
          return sameNs && selects && (types.length === 0 || types.includes("Ingress"));
        });
        if (!guarded)
          report(`Elasticsearch "${String(name)}" has no ingress NetworkPolicy selecting its pods.`, es.urn);
      }
    },
  };
}
