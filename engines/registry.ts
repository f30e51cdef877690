/** Every engine `npm run engines` knows, in build order (an engine's `needs` come before it). */
import type { Engine } from "./engine";
import { opensearchEngine } from "./opensearch/engine";
import { pulumiCli } from "./pulumi/engine";
import { schemas } from "./schemas/engine";

export const ENGINES: readonly Engine[] = [schemas, pulumiCli, opensearchEngine];
