/** The dashboards capability: space, data views, dashboards and the read-only viewer roles. */
import type * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import { KibanaDashboards } from "../components/kibana-dashboards";
import { ViewerAccess } from "../components/viewer-access";
import { allDashboards, type AllDashboardsOptions } from "../dashboards";
import type { StackKind } from "../infra/config/kinds";
import { licenceCovers } from "../contracts/licence";
import { PROJECT } from "../infra/naming";

/** Both milestones deploy their dashboards here; they differ only in which indices feed them. */
export function dashboardsFor(
  cfg: StackKind,
  provider: elasticstack.Provider,
  sources: AllDashboardsOptions,
  dependsOn?: pulumi.Resource[],
): { id: string; title: string }[] {
  const spaceId = cfg.dashboards.space;
  const dashboards = allDashboards(sources);
  const deployed = new KibanaDashboards(
    `${PROJECT}-dashboards`,
    { spaceId, spaceName: "Assisted Migration", dashboards },
    { provider, dependsOn },
  );
  new ViewerAccess(
    `${PROJECT}-viewers`,
    {
      dashboards,
      spaceId,
      // Field-level security is a Platinum feature: on Basic the role grants the anonymised indices only.
      fieldLevelSecurity: licenceCovers(cfg.licence, "platinum"),
      kibanaMajor: cfg.elastic.version.startsWith("8.") ? 8 : 9,
      dependsOn: [deployed],
    },
    { provider },
  );
  return dashboards.map((d) => ({ id: d.id, title: d.title }));
}
