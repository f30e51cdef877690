/** Test helpers: a stack file narrowed to its kind (infra/config/kinds.ts) without the Pulumi runtime. */
import * as pulumi from "@pulumi/pulumi";
import type { GeneratedSecretKey } from "../../infra/config/areas/secrets";
import { stackKind, type GenerateSecrets, type StackKind } from "../../infra/config/kinds";
import { parseStackConfig, stackConfigOf } from "../../infra/config/load";
import type { ParsedConfig } from "../../infra/config/schema";
import type { LoadedStackFile } from "../../infra/synth/stackFile";

/** The kind of an accepted configuration, and the generatable secrets the narrowing asked for (none supplied here). */
export function narrowParsed(
  stack: string,
  parsed: ParsedConfig,
): { kind: StackKind; asked: GeneratedSecretKey[]; calls: number } {
  const asked: GeneratedSecretKey[] = [];
  let calls = 0;
  const generate: GenerateSecrets = (wanted) => {
    calls++;
    asked.push(...wanted);
    const values = Object.fromEntries(wanted.map((k) => [k, pulumi.secret(`generated-${k}`)]));
    return { values: values as Record<(typeof wanted)[number], pulumi.Output<string>>, generated: wanted };
  };
  return { kind: stackKind(stackConfigOf(stack, parsed), generate), asked, calls };
}

/** The loaded stack file parsed (throws its ConfigError when refused) and narrowed. */
export function narrow(stack: string, loaded: LoadedStackFile) {
  const secret = new Set(loaded.secretKeys);
  const parsed = parseStackConfig(`Pulumi.${stack}.yaml`, loaded.config, (k) => secret.has(k));
  return { parsed, ...narrowParsed(stack, parsed) };
}
