/**
 * `PlannerReadModel`: the anonymised read model inside the migration-planner PostgreSQL database, applied by a
 * dynamic provider (`provider.ts`). The connector role it creates can select one view of published aggregate cells
 * in schema `am_read` and run the closer that publishes closed periods, nothing else. No key exists on this path.
 */
import * as pulumi from "@pulumi/pulumi";
import { READ_MODEL_SCHEMA } from "../../anonymisation/planner/contract";
import { childName, componentType } from "../../infra/naming";
import { readModelProvider, type ReadModelInputs } from "./provider";

export { applyReadModel, dropReadModel, introspect, planReadModel } from "./apply";
export type { ApplyOptions, ApplyResult } from "./apply";

export interface PlannerReadModelArgs {
  /** Admin connection URL of the planner's PostgreSQL server (superuser or owner of the planner tables). */
  readonly adminUrl: pulumi.Input<string>;
  /** Planner database name. */
  readonly database: pulumi.Input<string>;
  /** LOGIN role created for the Elastic PostgreSQL connector. */
  readonly connectorRole: pulumi.Input<string>;
  readonly connectorPassword: pulumi.Input<string>;
  /** Every published cell describes at least k customers (stack config `anonymity.k`, default 10). */
  readonly k?: pulumi.Input<number>;
  /** Days after a month's end before it is closed and published (`anonymity.graceDays`, default 7). */
  readonly graceDays?: pulumi.Input<number>;
  /** Internal / demo organisations left out of every document. */
  readonly excludedOrgIds?: pulumi.Input<pulumi.Input<string>[]>;
  readonly excludedEmailDomains?: pulumi.Input<pulumi.Input<string>[]>;
  /** NOLOGIN owner of the read model (default `am_read_owner`). */
  readonly ownerRole?: pulumi.Input<string>;
  /** Schema of the planner tables (default `public`). */
  readonly plannerSchema?: pulumi.Input<string>;
}

type DynamicInputs = { [K in keyof ReadModelInputs]: pulumi.Input<ReadModelInputs[K]> };

class ReadModelResource extends pulumi.dynamic.Resource {
  declare readonly appliedHash: pulumi.Output<string>;
  declare readonly era: pulumi.Output<string>;
  declare readonly connectorRole: pulumi.Output<string>;
  declare readonly schema: pulumi.Output<string>;

  constructor(name: string, inputs: DynamicInputs, opts: pulumi.CustomResourceOptions) {
    super(
      readModelProvider,
      name,
      { appliedHash: undefined, era: undefined, schema: undefined, fingerprint: undefined, ...inputs },
      opts,
      "planner",
      "ReadModel",
    );
  }
}

export class PlannerReadModel extends pulumi.ComponentResource {
  /** Role name to put in the connector configuration. */
  readonly connectorRole: pulumi.Output<string>;
  /** Schema the connector reads (`am_read`). */
  readonly schema: pulumi.Output<string>;
  /** Hash of the SQL applied to the database. */
  readonly appliedHash: pulumi.Output<string>;

  constructor(name: string, args: PlannerReadModelArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("planner", "PlannerReadModel"), name, {}, opts);
    const resource = new ReadModelResource(
      childName(name, "sql"),
      {
        adminUrl: pulumi.secret(args.adminUrl),
        database: args.database,
        connectorRole: args.connectorRole,
        connectorPassword: pulumi.secret(args.connectorPassword),
        k: args.k,
        graceDays: args.graceDays,
        ownerRole: args.ownerRole,
        plannerSchema: args.plannerSchema,
        excludedOrgIds: pulumi.output(args.excludedOrgIds ?? []),
        excludedEmailDomains: pulumi.output(args.excludedEmailDomains ?? []),
      },
      {
        parent: this,
        additionalSecretOutputs: ["adminUrl", "connectorPassword"],
      },
    );
    this.connectorRole = pulumi.output(args.connectorRole);
    this.schema = pulumi.output(READ_MODEL_SCHEMA);
    this.appliedHash = resource.appliedHash;
    this.registerOutputs({
      connectorRole: this.connectorRole,
      schema: this.schema,
      appliedHash: this.appliedHash,
    });
  }
}
