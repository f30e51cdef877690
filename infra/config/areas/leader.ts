/**
 * Milestone 1 as the leader of cross-cluster replication: the remote cluster server (9443) that milestone-2
 * followers connect to with a cross-cluster API key, exposed on one public host through the router / ingress.
 * The followers' own side (alias, key, follower indices) is their stack's `replication` section.
 */
import { obj, optional } from "../dsl";
import { hostName } from "./formats";

export const leaderKeys = {
  replicationLeader: optional(
    obj(
      "Milestone 1: serve this Elasticsearch as a CCR leader over the API-key remote cluster server (Enterprise).",
      {
        host: hostName(
          "Public host of the remote cluster server: a passthrough Route (OpenShift) or an ssl-passthrough Ingress (Kubernetes) on 443 to Service <es>-es-remote-cluster:9443. Followers set proxyAddress <host>:443 and serverName <host>.",
        ),
      },
    ),
  ),
} as const;
