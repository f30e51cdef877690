/**
 * Deterministic ids: a name-based UUID (RFC 9562 version 5, SHA-1) under a namespace of our own, so the same
 * dashboard and panel titles always give the same ids and a re-import overwrites instead of duplicating.
 */
import { createHash } from "node:crypto";

/** Namespace UUID of this program's Kibana objects (random once, fixed forever). */
const NAMESPACE = "5d0c7f3e-8a61-4c1b-9a0e-2f7b3c4d5e6f";

export function stableUuid(...parts: string[]): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ""), "hex");
  const bytes = createHash("sha1").update(ns).update(parts.join("\u0000"), "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
