/**
 * A stack's resources sorted by the role they play in the data flow: index templates, anonymisation pipelines,
 * writers (connectors, collectors, replication), read paths (data views, dashboards) and credentials. Stack
 * policies share it so that "which template covers this index" is answered the same way everywhere.
 */
import type { DocumentModel } from "../../anonymisation/model";
import { globMatch } from "../../contracts/wildcard";
import {
  asStrings,
  at,
  COLLECTOR_GROUPS,
  isDynamic,
  isElastic,
  isObject,
  jsonProp,
  k8sGroup,
  patternCovers,
  setting,
  type PolicyResource,
  type Props,
} from "./common";
import { modelNamed } from "./models";

export interface TemplateInfo {
  resource: PolicyResource;
  name: string;
  patterns: string[];
  finalPipeline?: string;
  model?: string;
  priority: number;
}

export interface PipelineInfo {
  resource: PolicyResource;
  name: string;
  model?: DocumentModel;
  modelName?: string;
}

export interface Coverage {
  template?: TemplateInfo;
  pipeline?: PipelineInfo;
  model?: DocumentModel;
  /** Why the index is not covered by an anonymising template (undefined when it is). */
  problem?: string;
}

export class Inventory {
  readonly templates: TemplateInfo[];
  readonly pipelines: PipelineInfo[];

  /** `leaders`: the policy config's anonymisedLeaders, which vouch for follower indices (no pipeline runs on them). */
  constructor(
    readonly resources: PolicyResource[],
    readonly leaders: readonly { cluster: string; indices: string[]; model: string }[] = [],
  ) {
    this.templates = resources
      .filter((r) => isElastic(r.type, "ElasticsearchIndexTemplate"))
      .map(templateInfo);
    this.pipelines = resources
      .filter((r) => isElastic(r.type, "ElasticsearchIngestPipeline"))
      .map(pipelineInfo);
  }

  /** The declared model of a follower index (or a pattern covering only followers) whose leader is declared anonymised. */
  followerModel(indexOrPattern: string): DocumentModel | undefined {
    const followers = followerIndices(this.resources).filter((f) =>
      indexOrPattern.includes("*") ? globMatch(indexOrPattern, f.index) : f.index === indexOrPattern,
    );
    const models = followers.map((f) => {
      const l = this.leaders.find(
        (x) => x.cluster === f.cluster && x.indices.some((p) => globMatch(p, f.leader)),
      );
      return l ? modelNamed(l.model) : undefined;
    });
    if (models.length === 0 || models.some((m) => !m)) return undefined;
    return models.every((m) => m!.name === models[0]!.name) ? models[0] : undefined;
  }

  ofType(pred: (r: PolicyResource) => boolean): PolicyResource[] {
    return this.resources.filter(pred);
  }

  elastic(className: string): PolicyResource[] {
    return this.resources.filter((r) => isElastic(r.type, className));
  }

  dynamic(typeName: string, marker: readonly string[]): PolicyResource[] {
    return this.resources.filter((r) => isDynamic(r, typeName, marker));
  }

  collectors(): { resource: PolicyResource; kind: keyof typeof COLLECTOR_GROUPS }[] {
    const out: { resource: PolicyResource; kind: keyof typeof COLLECTOR_GROUPS }[] = [];
    for (const r of this.resources) {
      const group = k8sGroup(r.type);
      const kind = (Object.keys(COLLECTOR_GROUPS) as (keyof typeof COLLECTOR_GROUPS)[]).find(
        (k) => COLLECTOR_GROUPS[k] === group,
      );
      if (kind) out.push({ resource: r, kind });
    }
    return out;
  }

  /**
   * The template Elasticsearch would apply to an index (or every index of a pattern): the highest-priority
   * template whose patterns cover it, then whether it names an anonymisation pipeline of this stack.
   */
  coverage(indexOrPattern: string): Coverage {
    const matching = this.templates
      .filter((t) => t.patterns.some((p) => patternCovers(p, indexOrPattern)))
      .sort((a, b) => b.priority - a.priority);
    const template = matching[0];
    if (!template) {
      const followed = this.followerModel(indexOrPattern);
      if (followed) return { model: followed };
      return { problem: `no index template of this stack matches "${indexOrPattern}"` };
    }
    if (!template.finalPipeline) {
      return { template, problem: `index template "${template.name}" does not set index.final_pipeline` };
    }
    const pipeline = this.pipelines.find((p) => p.name === template.finalPipeline);
    if (!pipeline) {
      return {
        template,
        problem: `index template "${template.name}" names final pipeline "${template.finalPipeline}", which this stack does not define`,
      };
    }
    if (!pipeline.model) {
      return {
        template,
        pipeline,
        problem: `final pipeline "${pipeline.name}" does not name a known classification in its metadata (model ${String(pipeline.modelName)})`,
      };
    }
    if (template.model !== undefined && template.model !== pipeline.model.name) {
      return {
        template,
        pipeline,
        problem: `index template "${template.name}" is for model ${template.model} but its final pipeline follows ${pipeline.model.name}`,
      };
    }
    return { template, pipeline, model: pipeline.model };
  }
}

/** Follower indices of CCR in this stack (written by replication, never by a pipeline). */
export function followerIndices(
  resources: PolicyResource[],
): { index: string; cluster: string; leader: string }[] {
  return resources
    .filter((r) => isElastic(r.type, "ElasticsearchCcrFollowerIndex"))
    .map((r) => ({
      index: String(at(r.props, "name")),
      cluster: String(at(r.props, "remoteCluster")),
      leader: String(at(r.props, "leaderIndex")),
    }));
}

function templateInfo(r: PolicyResource): TemplateInfo {
  const settings = jsonProp(at(r.props, "template", "settings"));
  const meta = jsonProp(at(r.props, "metadata"));
  const fp = settings.ok ? setting(settings.value, "index.final_pipeline") : undefined;
  const priority = at(r.props, "priority");
  return {
    resource: r,
    name: String(at(r.props, "name") ?? r.name),
    patterns: asStrings(at(r.props, "indexPatterns")),
    finalPipeline: typeof fp === "string" && fp !== "" && fp !== "_none" ? fp : undefined,
    model:
      meta.ok && isObject(meta.value) && typeof meta.value.model === "string" ? meta.value.model : undefined,
    priority: typeof priority === "number" ? priority : 0,
  };
}

function pipelineInfo(r: PolicyResource): PipelineInfo {
  const meta = jsonProp(at(r.props, "metadata"));
  const modelName = meta.ok && isObject(meta.value) ? (meta.value as Props).model : undefined;
  return {
    resource: r,
    name: String(at(r.props, "name") ?? r.name),
    model: modelNamed(modelName),
    modelName: typeof modelName === "string" ? modelName : undefined,
  };
}

/** Index privileges that let the holder put documents into an index. */
export const WRITE_PRIVILEGES = ["all", "write", "index", "create", "create_doc"];

/** Dot-indices are the connector framework's own bookkeeping (`.elastic-connectors*`, `.search-acl-filter-*`). */
export const isSystemIndex = (name: string) => name.startsWith(".");
