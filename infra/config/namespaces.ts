/**
 * Who owns each key of a stack file. The project's namespace (`am-dashboard:`) is validated by the schema; outside
 * it, only keys this program reads are accepted, and everything else is refused by name, with a suggestion.
 *
 * Why provider keys are refused rather than passed through: default providers are disabled (Pulumi.yaml
 * `pulumi:disable-default-providers`) and every resource gets a provider the program builds itself
 * (`infra/providers`). The Pulumi engine applies stack config of a provider's namespace (`kubernetes:context`) to
 * that provider's *default* instance only, so such a key would be read by nothing: a `kubernetes:context: prod`
 * line looks like it pins the cluster and the program deploys to whatever context is current. The same holds for a
 * typo in our own namespace (`am-dashbord:kubernetes`), which no code would ever read.
 */
import { closest, type ConfigIssue } from "./dsl";
import { PROJECT } from "../naming";

/** Provider namespaces whose keys are refused, and where the setting belongs instead. */
const PROVIDER_NAMESPACES: Record<
  string,
  { what: string; instead: Record<string, string>; otherwise: string }
> = {
  kubernetes: {
    what: "the Kubernetes provider's default instance, which this program disables",
    instead: {
      context: `${PROJECT}:kubernetes.context`,
      kubeconfig: "the KUBECONFIG environment variable of pulumi up",
      namespace: `${PROJECT}:namespace`,
    },
    otherwise: `${PROJECT}:kubernetes (context, createNamespace)`,
  },
  elasticstack: {
    what: "the Elastic provider's default instance, which this program never uses",
    instead: {},
    otherwise: `${PROJECT}:exposure / ${PROJECT}:target (the program builds its Elastic provider from them)`,
  },
};

/** Keys of other namespaces the program accepts, each with its value check. */
const FOREIGN_KEYS: Record<string, (raw: string) => string | undefined> = {
  // Project-level in Pulumi.yaml; a stack may repeat it, but never re-enable the ambient Kubernetes provider.
  "pulumi:disable-default-providers": (raw) => {
    let list: unknown;
    try {
      list = JSON.parse(raw);
    } catch {
      list = undefined;
    }
    return Array.isArray(list) && (list.includes("kubernetes") || list.includes("*"))
      ? undefined
      : 'a list that includes "kubernetes" (the program must never fall back to the ambient kubeconfig context)';
  },
};

/** Why a key outside the project's namespace is refused, or undefined when it is one the program reads. */
export function foreignKeyIssue(namespace: string, key: string, raw: string): ConfigIssue | undefined {
  const full = `${namespace}:${key}`;
  if (full in FOREIGN_KEYS) {
    const problem = FOREIGN_KEYS[full](raw);
    return problem
      ? { namespace, path: key, found: "a value that allows default providers", allowed: problem }
      : undefined;
  }
  const provider = PROVIDER_NAMESPACES[namespace];
  if (provider) {
    const instead = provider.instead[key];
    return {
      namespace,
      path: key,
      found: `a key of ${provider.what}: nothing reads it`,
      allowed: instead ? `set ${instead} instead` : `nothing here; settings go in ${provider.otherwise}`,
    };
  }
  if (namespace === "pulumi") {
    const hint = closest(full, Object.keys(FOREIGN_KEYS));
    return {
      namespace,
      path: key,
      found: "a pulumi: key this project does not use",
      allowed: `${hint ? `did you mean "${hint}"? ` : ""}only ${Object.keys(FOREIGN_KEYS).join(", ")}`,
    };
  }
  const known = [PROJECT, ...Object.keys(PROVIDER_NAMESPACES), "pulumi"];
  const hint = closest(namespace, known);
  return {
    namespace,
    path: key,
    found: `a key of the unknown namespace "${namespace}": nothing reads it`,
    allowed:
      hint === PROJECT
        ? `did you mean "${PROJECT}:${key}"? (the namespace is misspelt)`
        : `keys of ${PROJECT}: (this project)${Object.keys(FOREIGN_KEYS).length ? ` or ${Object.keys(FOREIGN_KEYS).join(", ")}` : ""}`,
  };
}
