/**
 * Providers every stack uses. Default providers are disabled in Pulumi.yaml, so nothing can silently target the
 * ambient kubeconfig context or an Elastic endpoint from the environment: each resource names its provider.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

export function kubernetesProvider(name: string, context?: string): k8s.Provider {
  return new k8s.Provider(name, { context, enableServerSideApply: true });
}

export interface ElasticEndpoints {
  elasticsearchUrl: pulumi.Input<string>;
  kibanaUrl: pulumi.Input<string>;
  username: pulumi.Input<string>;
  password: pulumi.Input<string>;
  /**
   * PEM of the CA that signs Elasticsearch's certificate; undefined to use the system trust store (reencrypt Routes
   * with a public certificate).
   */
  elasticsearchCa?: pulumi.Input<string>;
  /** PEM of the CA that signs Kibana's certificate: ECK issues one CA per owner, so never Elasticsearch's. */
  kibanaCa?: pulumi.Input<string>;
}

/**
 * The Elastic provider can only take Kibana's CA as a file path, so the PEM is written to a file next to the
 * program run. A CA certificate is public: writing it is safe.
 */
function caFile(stack: string, pem: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.output(pem).apply((content) => {
    const file = path.join(os.tmpdir(), `am-dashboard-${stack}-kibana-ca.pem`);
    fs.writeFileSync(file, content, { mode: 0o644 });
    return file;
  });
}

export function elasticProvider(name: string, stack: string, e: ElasticEndpoints): elasticstack.Provider {
  return new elasticstack.Provider(name, {
    // Terraform blocks bridge as one-element lists, hence the plural names.
    elasticsearches: [
      {
        endpoints: [e.elasticsearchUrl],
        username: e.username,
        password: e.password,
        ...(e.elasticsearchCa ? { caData: e.elasticsearchCa } : {}),
      },
    ],
    kibanas: [
      {
        endpoints: [e.kibanaUrl],
        username: e.username,
        password: e.password,
        ...(e.kibanaCa ? { caCerts: [caFile(stack, e.kibanaCa)] } : {}),
      },
    ],
  });
}
