/** Every engine `npm run engines` knows, in build order (an engine's `needs` come before it; cheap ones first). */
import type { Engine } from "./engine";
import { elasticOperator } from "./elastic-operator/engine";
import { etcd } from "./etcd/engine";
import { kubernetes } from "./kubernetes/engine";
import { pulumiLanguageNodejs } from "./pulumi-language-nodejs/engine";
import { pulumiResourceKubernetes } from "./pulumi-resource-kubernetes/engine";
import { pulumiResourceTerraformProvider } from "./pulumi-resource-terraform-provider/engine";
import { connectorsPython } from "./connectors-python/engine";
import { jrubyEngine } from "./jruby/engine";
import { opensearchEngine } from "./opensearch/engine";
import { promqlEngine } from "./promql/engine";
import { pulumiCli } from "./pulumi/engine";
import { schemas } from "./schemas/engine";
import { terraformProviderElasticstack } from "./terraform-provider-elasticstack/engine";
import { terraformProviderRandom } from "./terraform-provider-random/engine";

export const ENGINES: readonly Engine[] = [
  schemas,
  pulumiCli,
  pulumiLanguageNodejs,
  pulumiResourceKubernetes,
  pulumiResourceTerraformProvider,
  terraformProviderElasticstack,
  terraformProviderRandom,
  etcd,
  kubernetes,
  elasticOperator,
  opensearchEngine,
  jrubyEngine,
  connectorsPython,
  promqlEngine,
];
