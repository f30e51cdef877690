/**
 * The dashboards in Kibana: a dedicated space, the data views the dashboards read (fixed ids, so dashboards
 * resolve their references) and one saved-objects import per dashboard (overwrite, so a re-deploy replaces it).
 * Everything is compiled and validated by pure builders first (build.ts): a dashboard that names a field its
 * model does not allow fails the program before any resource is registered.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import type { AnyDashboard } from "../../dashboards/language/types";
import { childName, componentType } from "../../infra/naming";
import { planDashboards } from "./build";

/** The elasticstack provider of the stack (Kibana endpoint and credentials) comes through the resource options. */
export interface KibanaDashboardsArgs {
  /** Id of the dedicated Kibana space, e.g. `assisted-migration`. */
  spaceId: string;
  /** Display name of the space. */
  spaceName: string;
  /** The dashboards to deploy (see dashboards/index.ts `allDashboards`). */
  dashboards: AnyDashboard[];
  /** Kibana feature ids hidden in the space for everyone; default none (viewer roles restrict what viewers see). */
  disabledFeatures?: string[];
}

export class KibanaDashboards extends pulumi.ComponentResource {
  public readonly spaceId: pulumi.Output<string>;
  /** Dashboard id → import resource, for stack outputs and dependencies. */
  public readonly imports: Record<string, elasticstack.KibanaImportSavedObjects> = {};

  constructor(name: string, args: KibanaDashboardsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("kibana", "Dashboards"), name, {}, opts);
    const plan = planDashboards(args.spaceId, args.spaceName, args.dashboards, args.disabledFeatures);
    const childOpts = { parent: this };

    const space = new elasticstack.KibanaSpace(childName(name, "space"), plan.space, childOpts);
    const dataViews = new Map<string, elasticstack.KibanaDataView>();
    for (const dv of plan.dataViews) {
      dataViews.set(
        dv.dataView.id,
        new elasticstack.KibanaDataView(childName(name, `dv-${dv.dataView.id}`), dv, {
          ...childOpts,
          dependsOn: [space],
        }),
      );
    }
    for (const imp of plan.imports) {
      // The import fails on missing references unless its data view exists first.
      this.imports[imp.dashboardId] = new elasticstack.KibanaImportSavedObjects(
        childName(name, `dashboard-${imp.dashboardId}`),
        imp.spec,
        { ...childOpts, dependsOn: [space, ...imp.dataViewIds.map((id) => dataViews.get(id)!)] },
      );
    }
    this.spaceId = space.spaceId;
    this.registerOutputs({ spaceId: this.spaceId, dashboards: plan.imports.map((i) => i.dashboardId) });
  }
}

export * from "./build";
