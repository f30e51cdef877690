/** Resources as the program registers them, built with the program's own builders, for the policy tests. */
import { TEST_CA_PEM } from "../../support/tls";
import { anonymisationPipeline, indexTemplate } from "../../../anonymisation/derive";
import { connectorFieldName } from "../../../anonymisation/planner/contract";
import { plannerDocument } from "../../../anonymisation/planner/document";
import { buildIngress, buildRoute } from "../../../components/exposure/build";
import { buildDataView, buildImport } from "../../../components/kibana-dashboards/build";
import { buildElasticsearchPolicy } from "../../../components/network-policies/build";
import {
  CONNECTOR_HELPER_FIELDS,
  connectorConfigurationValues,
  connectorRecord,
} from "../../../components/planner-connector/elastic";
import { buildSyncRules } from "../../../components/planner-connector/syncRules";
import { overviewDashboard, PLANNER_DATA_VIEW_ID } from "../../../dashboards";
import { K8S } from "../../../policies/rules/common";
import { resource } from "../../support/policyHarness";

export const T = {
  pipeline: "elasticstack:index/elasticsearchIngestPipeline:ElasticsearchIngestPipeline",
  template: "elasticstack:index/elasticsearchIndexTemplate:ElasticsearchIndexTemplate",
  connector: "elasticstack:index/elasticsearchConnector:ElasticsearchConnector",
  apiKey: "elasticstack:index/elasticsearchSecurityApiKey:ElasticsearchSecurityApiKey",
  dataView: "elasticstack:index/kibanaDataView:KibanaDataView",
  import: "elasticstack:index/kibanaImportSavedObjects:KibanaImportSavedObjects",
  follower: "elasticstack:index/elasticsearchCcrFollowerIndex:ElasticsearchCcrFollowerIndex",
  syncRules: "pulumi-nodejs:dynamic/am-dashboard:ConnectorSyncRules",
  configuration: "pulumi-nodejs:dynamic/am-dashboard:ConnectorConfiguration",
  readModel: "pulumi-nodejs:dynamic/planner:ReadModel",
  ...K8S,
} as const;

export const INDEX = "am-planner";
export const KEY = "k".repeat(40);

export function pipelineProps() {
  const body = anonymisationPipeline(plannerDocument, {
    rename: connectorFieldName,
    helperFields: CONNECTOR_HELPER_FIELDS,
  });
  return {
    name: `${INDEX}-anonymise`,
    description: body.description,
    processors: (body.processors ?? []).map((p) => JSON.stringify(p)),
    metadata: JSON.stringify(body._meta),
  };
}

export function templateProps() {
  const body = indexTemplate(plannerDocument, {
    name: INDEX,
    indexPatterns: [INDEX],
    finalPipelineName: `${INDEX}-anonymise`,
  });
  return {
    name: INDEX,
    indexPatterns: [INDEX],
    priority: body.priority,
    metadata: JSON.stringify(body._meta),
    template: {
      settings: JSON.stringify(body.template?.settings),
      mappings: JSON.stringify(body.template?.mappings),
    },
  };
}

export const connectorProps = () =>
  connectorRecord({
    connectorId: "planner",
    indexName: INDEX,
    pipelineName: `${INDEX}-anonymise`,
    schedule: "0 0 * * * ?",
    model: plannerDocument,
  });

export const syncRulesProps = () => ({
  connectorId: "planner",
  rules: buildSyncRules(plannerDocument),
});

export const configurationProps = (over: Record<string, unknown> = {}) => ({
  connectorId: "planner",
  values: {
    ...connectorConfigurationValues({
      host: "db",
      port: 5432,
      database: "planner",
      username: "am_read_connector",
      password: "s3cret-password",
      sslEnabled: true,
      caPem: TEST_CA_PEM,
    }),
    ...over,
  },
});

export function dataViewProps(title?: string) {
  const dv = buildDataView("assisted-migration", overviewDashboard({}).dataView);
  return { ...dv, dataView: { ...dv.dataView, ...(title ? { title } : {}) } };
}
export { PLANNER_DATA_VIEW_ID };

export const importProps = (): Record<string, unknown> => ({
  ...buildImport("assisted-migration", overviewDashboard({})),
});

export const route = (termination: string) =>
  buildRoute(
    "kb",
    "ns",
    {},
    {
      role: "kibana",
      host: "kb.example",
      serviceName: "am-kb-http",
      port: 5601,
      tlsSecretName: "am-kb-kb-http-certs-internal",
    },
    termination as "passthrough",
  );

export { buildIngress, buildElasticsearchPolicy, insecureRoute };
function insecureRoute(termination: string, insecureEdgeTerminationPolicy: string) {
  const r = route("passthrough");
  return { ...r, spec: { ...r.spec, tls: { termination, insecureEdgeTerminationPolicy } } };
}

/** The planner data path of a healthy milestone-1 stack. */
export function goodDataPath() {
  return [
    resource(T.pipeline, pipelineProps(), { name: "pipeline" }),
    resource(T.template, templateProps(), { name: "template" }),
    resource(T.connector, connectorProps(), { name: "connector" }),
    resource(T.syncRules, syncRulesProps(), {
      name: "sync-rules",
      opts: { additionalSecretOutputs: ["rules", "connection"] },
    }),
    resource(T.configuration, configurationProps(), {
      name: "configuration",
      opts: { additionalSecretOutputs: ["values", "connection"] },
    }),
    resource(
      T.readModel,
      { connectorRole: "am_read_connector", adminUrl: "postgres://admin:pw@db/planner" },
      { name: "read-model" },
    ),
    resource(T.dataView, dataViewProps(), { name: "data-view" }),
    resource(T.import, importProps(), { name: "overview" }),
  ];
}
