/**
 * The CrossGuard pack. Only this file constructs the PolicyPack: the constructor reads package.json and starts
 * the analyzer's gRPC server, so tests and the offline synth import the factories from ./rules instead.
 */
import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME } from "./pack";
import { allPolicies } from "./rules";

new PolicyPack(PACK_NAME, {
  // Per-policy levels come from --policy-pack-config policies/config/<stack>.json.
  enforcementLevel: "mandatory",
  description: "Anonymisation and safe exposure of the Assisted Migration dashboard.",
  policies: allPolicies("mandatory"),
});
