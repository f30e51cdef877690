/**
 * Read-only access to the dashboards: an Elasticsearch role limited to the anonymised indices (and, with a
 * Platinum+ licence, to the fields dashboards may show) and a Kibana role that can only read dashboards in the
 * dashboards space. Assign both to viewers (role mappings are left to the identity setup of each environment).
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import type { AnyDashboard } from "../../dashboards/language/types";
import { childName, componentType } from "../../infra/naming";
import { buildElasticsearchRole, buildKibanaRole } from "./build";

/** The elasticstack provider (Elasticsearch and Kibana of the stack) comes through the resource options. */
export interface ViewerAccessArgs {
  /** The dashboards whose data views the roles may read. */
  dashboards: AnyDashboard[];
  /** Kibana space of the dashboards (the `spaceId` given to `KibanaDashboards`). */
  spaceId: string;
  /** Prefix of the role names; roles are `<prefix>-data` and `<prefix>-kibana`. Default `am-dashboard-viewer`. */
  roleNamePrefix?: string;
  /**
   * Add field-level security granting only the dashboard fields. Needs a Platinum or Enterprise licence (or a
   * trial); Elasticsearch rejects the role on Basic. Default false.
   */
  fieldLevelSecurity?: boolean;
  /** Kibana major version: dashboard privileges are `dashboard_v2` since 9.0. Default 9. */
  kibanaMajor?: 8 | 9;
  /** Resources that must exist first (the dashboards component, whose space the Kibana role names). */
  dependsOn?: pulumi.Resource[];
}

export class ViewerAccess extends pulumi.ComponentResource {
  public readonly elasticsearchRoleName: pulumi.Output<string>;
  public readonly kibanaRoleName: pulumi.Output<string>;

  constructor(name: string, args: ViewerAccessArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("kibana", "ViewerAccess"), name, {}, opts);
    const prefix = args.roleNamePrefix ?? "am-dashboard-viewer";
    const esRole = buildElasticsearchRole(
      `${prefix}-data`,
      args.dashboards,
      args.fieldLevelSecurity ?? false,
    );
    const childOpts = { parent: this, dependsOn: args.dependsOn };

    const es = new elasticstack.ElasticsearchSecurityRole(childName(name, "data"), esRole, childOpts);
    const kibana = new elasticstack.KibanaSecurityRole(
      childName(name, "kibana"),
      buildKibanaRole(`${prefix}-kibana`, args.spaceId, args.kibanaMajor ?? 9),
      childOpts,
    );
    this.elasticsearchRoleName = es.name;
    this.kibanaRoleName = kibana.name;
    this.registerOutputs({
      elasticsearchRoleName: this.elasticsearchRoleName,
      kibanaRoleName: this.kibanaRoleName,
    });
  }
}

export * from "./build";
