/**
 * Compile-time tests of the stack kinds (infra/config/kinds.ts), checked by the root `tsc --noEmit` (this file is in
 * tsconfig's `include`, never run). Each `@ts-expect-error` line must be a type error: if the types ever let one of
 * these through, tsc reports an unused directive and the typecheck fails.
 */
import type * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import type {
  ApiKeyReplication,
  Milestone1Stack,
  Milestone2OnEck,
  Milestone2OnExisting,
  StackKind,
} from "../../../infra/config/kinds";
import type { DynamicResourceProvider } from "../../../infra/providers/dynamic";
import { milestone1 } from "../../../stacks/milestone1";
import { milestone2 } from "../../../stacks/milestone2";
import { platformFor } from "../../../stacks/platform";

declare const dynamic: DynamicResourceProvider;
declare const m1: Milestone1Stack;
declare const onEck: Milestone2OnEck;
declare const onExisting: Milestone2OnExisting;
declare const apiKey: ApiKeyReplication;
declare const provider: k8s.Provider;

// What each kind needs is there, not optional.
export const sections = [m1.elasticsearch.name, onEck.kibana.name, onExisting.target.kibanaUrl];
export const password: pulumi.Output<string> | undefined = m1.plannerConnector?.password;
export const leaderCa = apiKey.leader.remoteClusterCa;

// @ts-expect-error a milestone-1 stack has no target
export const m1Target = m1.target;
// @ts-expect-error an existing deployment carries no ECK settings
export const existingEs = onExisting.elasticsearch;
// @ts-expect-error only milestone 1 serves as a replication leader
export const eckLeader = onEck.replicationLeader;
// @ts-expect-error the API-key model needs ECK's keystore: not on an existing deployment
export const existingApiKey: Milestone2OnExisting["replication"] = apiKey;
// @ts-expect-error the kind is a literal discriminant
export const unknownKind: StackKind["kind"] = "milestone3";

export function compose(cfg: StackKind) {
  // @ts-expect-error milestone 2 composes milestone-2 kinds only
  milestone2(m1, dynamic);
  // @ts-expect-error milestone 1 composes milestone 1 only
  milestone1(onEck, dynamic);
  // @ts-expect-error an existing deployment is configured, not deployed: no platform
  platformFor(onExisting, provider);
  // @ts-expect-error a kind not narrowed yet may be either milestone
  milestone1(cfg, dynamic);
  return cfg.kind === "milestone1" ? milestone1(cfg, dynamic) : milestone2(cfg, dynamic);
}
