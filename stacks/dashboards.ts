/** The dashboards capability: space, data views, dashboards and the read-only viewer roles. */
import type * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import { KibanaDashboards } from "../components/kibana-dashboards";
import { ViewerAccess } from "../components/viewer-access";
import { allDashboards } from "../dashboards";
import type { StackConfig } from "../infra/config/load";
import { licenceCovers } from "../infra/config/rules";
import { ROOT } from "./platform";

export function dashboardsFor(
  cfg: StackConfig,
  provider: elasticstack.Provider,
  dependsOn: pulumi.Resource[],
): { dashboards: { id: string; title: string }[] } {
  const settings = cfg.dashboards ?? {
    space: "assisted-migration",
    installationsIndexPattern: "am-installations*",
  };
  const spaceId = settings.space ?? "assisted-migration";
  const dashboards = allDashboards({
    plannerIndexPattern: `${cfg.planner?.indexName ?? "am-planner"}*`,
    installationsIndexPattern: settings.installationsIndexPattern ?? "am-installations*",
  });
  const deployed = new KibanaDashboards(
    `${ROOT}-dashboards`,
    { provider, spaceId, spaceName: "Assisted Migration", dashboards },
    { dependsOn },
  );
  new ViewerAccess(`${ROOT}-viewers`, {
    provider,
    dashboards,
    spaceId,
    // Field-level security is a Platinum feature: on Basic the role grants the anonymised indices only.
    fieldLevelSecurity: licenceCovers(cfg.licence, "platinum"),
    kibanaMajor: cfg.elastic.version.startsWith("8.") ? 8 : 9,
    dependsOn: [deployed],
  });
  return { dashboards: dashboards.map((d) => ({ id: d.id, title: d.title })) };
}
