/**
 * A cross-cluster replication link from an anonymised leader (the milestone-1 Elasticsearch) into this stack's
 * Elasticsearch: the remote cluster in proxy mode, the roles, and the follower indices / auto-follow patterns. Its
 * credentials are the API-key model's `CcrCredentials` (made before the follower starts), or, in the certificate
 * model, roles by name on both sides.
 *
 * Refuses, before registering anything, a licence that cannot run the chosen model and a leader that is not
 * declared anonymised at the source by the current classification revision (the config rules' own checks:
 * `licenceProblems`, `leaderProblems`, which say why).
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import type { CcrCredentials } from "./credentials";
import { leaderProblems, type LeaderIndex } from "../../infra/config/areas/replication";
import type { Licence } from "../../contracts/licence";
import { licenceProblems, type SecurityModel } from "../../infra/config/licence";
import {
  CcrLinkError,
  FOLLOWER_ROLE,
  followerRole,
  followName,
  leaderRole,
  remoteClusterSettings,
  type RemoteClusterArgs,
} from "./build";

export interface CcrLinkArgs {
  stack: string;
  securityModel: SecurityModel;
  licences: { follower: Licence; leader: Licence };
  remote: RemoteClusterArgs;
  leaders: LeaderIndex[];
  /** Document models this program knows, by name, with their classification revision in this commit. */
  models: Record<string, number>;
  /*
   * The two providers stay in the arguments, unlike other components' (resource options): both are elasticstack
   * providers, and the options' `providers` hold one provider per package, so a child could not inherit the right
   * one. Each child names its cluster's provider explicitly.
   */
  /** Provider to the follower (this stack's Elasticsearch). */
  follower: elasticstack.Provider;
  /** Provider to the leader; creates the cross-cluster key (API-key model) or the leader role (certificate). */
  leader: elasticstack.Provider;
  /**
   * API-key model: the credentials put on the follower before its Elasticsearch started (`CcrCredentials`); the
   * cross-cluster key itself is minted there, so this component never changes the follower's keystore.
   */
  credentials?: CcrCredentials;
  /** Resources the follower-side objects must wait for (the follower Elasticsearch being ready). */
  dependsOn?: pulumi.Input<pulumi.Resource>[];
}

export class CcrLink extends pulumi.ComponentResource {
  public readonly alias: string;
  /** Follower index names and auto-follow pattern names, for data views and policies. */
  public readonly followerIndices: string[];
  public readonly autoFollowPatterns: string[];

  constructor(name: string, args: CcrLinkArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("replication", "CcrLink"), name, {}, opts);
    const alias = args.remote.alias;
    const problems = [
      ...licenceProblems(args.securityModel, args.licences.follower, args.licences.leader),
      ...args.leaders.flatMap((l) => leaderProblems(l, args.models)),
      ...(args.leaders.length === 0 ? ["no leader index or pattern to replicate"] : []),
      ...(args.securityModel === "api-key" && !args.credentials
        ? [
            "the API-key model needs the credentials on the follower before its Elasticsearch starts: create CcrCredentials first",
          ]
        : []),
    ];
    if (problems.length > 0) throw new CcrLinkError(alias, problems);
    this.alias = alias;

    const onLeader = { parent: this, provider: args.leader };
    const onFollower = { parent: this, provider: args.follower, dependsOn: args.dependsOn };
    const credentials: pulumi.Resource[] = [];
    if (args.securityModel === "api-key") {
      credentials.push(...args.credentials!.ready);
    } else {
      credentials.push(
        new elasticstack.ElasticsearchSecurityRole(
          childName(name, "leader-role"),
          { name: FOLLOWER_ROLE, ...roleArgs(leaderRole(args.leaders)) },
          onLeader,
        ),
      );
    }

    const remote = new elasticstack.ElasticsearchClusterSettings(
      childName(name, "remote"),
      { persistent: { settings: remoteClusterSettings(args.remote) } },
      { ...onFollower, dependsOn: [...(args.dependsOn ?? []), ...credentials] },
    );
    new elasticstack.ElasticsearchSecurityRole(
      childName(name, "follower-role"),
      { name: FOLLOWER_ROLE, ...roleArgs(followerRole(args.securityModel, alias, args.leaders)) },
      onFollower,
    );

    this.followerIndices = [];
    this.autoFollowPatterns = [];
    for (const leader of args.leaders) {
      if (leader.index) {
        // Same name on both sides, so data views written for the leader's index pattern match the follower.
        new elasticstack.ElasticsearchCcrFollowerIndex(
          childName(name, `follow-${leader.index}`),
          { name: leader.index, remoteCluster: alias, leaderIndex: leader.index, status: "active" },
          { ...onFollower, dependsOn: [remote] },
        );
        this.followerIndices.push(leader.index);
      } else if (leader.pattern) {
        const patternName = followName(alias, leader.pattern);
        new elasticstack.ElasticsearchCcrAutoFollowPattern(
          childName(name, `auto-${patternName}`),
          {
            name: patternName,
            remoteCluster: alias,
            leaderIndexPatterns: [leader.pattern],
            followIndexPattern: "{{leader_index}}",
            active: true,
          },
          { ...onFollower, dependsOn: [remote] },
        );
        this.autoFollowPatterns.push(patternName);
      }
    }
    this.registerOutputs({
      alias,
      followerIndices: this.followerIndices,
      autoFollowPatterns: this.autoFollowPatterns,
    });
  }
}

/** Role descriptor (ES API shape) → the elasticstack role resource's inputs. */
function roleArgs(r: ReturnType<typeof followerRole>) {
  return {
    clusters: r.cluster,
    indices: (r.indices ?? []).map((i) => ({
      names: [i.names].flat() as string[],
      privileges: i.privileges,
    })),
    ...(r.remote_indices
      ? {
          remoteIndices: r.remote_indices.map((i) => ({
            clusters: [i.clusters].flat() as string[],
            names: [i.names].flat() as string[],
            privileges: i.privileges,
          })),
        }
      : {}),
  };
}
