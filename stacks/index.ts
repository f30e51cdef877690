/**
 * The program: load and validate the stack configuration, narrow it to the stack's kind, then compose the kind's
 * components.
 * `index.ts` (what `pulumi up` runs) and the offline synth both call `program()`, so they cannot diverge.
 *
 * Failures end as one message without a stack trace (a `pulumi.RunError`, which the Node.js runtime prints as its
 * message alone): a bad stack file as the loader's `ConfigError`; anything a component throws while composing as
 * `CompositionError`, which says it is a bug (the loader accepted the configuration) and keeps the original as
 * `cause`. `AM_DEBUG=1` lets the original through, stack trace and all.
 */
import * as pulumi from "@pulumi/pulumi";
import { stackKind } from "../infra/config/kinds";
import { loadStackConfig } from "../infra/config/load";
import { dynamicProvider, type DynamicResourceProvider } from "../infra/providers/dynamic";
import { milestone1 } from "./milestone1";
import type { StackOutputs } from "./platform";
import { milestone2 } from "./milestone2";
import { secretGenerator } from "./secrets";

export class CompositionError extends pulumi.RunError {
  constructor(
    stack: string,
    readonly cause: unknown,
  ) {
    super(
      `The program failed while composing stack "${stack}": ${cause instanceof Error ? cause.message : String(cause)}\n` +
        "The stack configuration passed validation, so this is a bug in the program (please report it); " +
        "set AM_DEBUG=1 for the stack trace.",
    );
    this.name = "CompositionError";
  }
}

/**
 * `loaded` and `dynamic` come from `index.ts`, which validates the stack file and registers the provider of the
 * dynamic resources before it loads this module (see there); the synth lets the program make both.
 */
export async function program(
  // Validation happens before anything is registered: a bad stack file registers nothing.
  loaded = loadStackConfig(),
  dynamic: DynamicResourceProvider = dynamicProvider(),
): Promise<StackOutputs> {
  try {
    // The stack's kind, with what it needs: the secrets it uses and the stack does not supply are generated first.
    const cfg = stackKind(loaded, secretGenerator(loaded));
    return await (cfg.kind === "milestone1" ? milestone1(cfg, dynamic) : milestone2(cfg, dynamic));
  } catch (e) {
    if (process.env.AM_DEBUG || pulumi.RunError.isInstance(e)) throw e;
    throw new CompositionError(loaded.stack, e);
  }
}
