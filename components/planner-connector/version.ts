/** The connector service image, whose version must equal the Elastic stack's (Elastic's self-managed connector docs). */

export const CONNECTOR_IMAGE_REPOSITORY = "docker.elastic.co/integrations/elastic-connectors";

/** `docker.elastic.co/integrations/...` images and the connector API shapes used here start at 8.16. */
const MIN_VERSION: readonly [number, number] = [8, 16];

function parseVersion(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`Elastic version "${version}" must be a three-part release version such as 9.4.3`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The image to run for Elastic `version`. An override may change the registry or repository (a mirror) but its
 * tag must still be `version`; anything else is refused rather than silently run against a different stack.
 */
export function connectorImage(version: string, override?: string): string {
  const [major, minor] = parseVersion(version);
  if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    throw new Error(
      `Elastic version ${version} is too old for the connector service; ${MIN_VERSION.join(".")}+ is needed`,
    );
  }
  if (override === undefined) return `${CONNECTOR_IMAGE_REPOSITORY}:${version}`;
  const withoutDigest = override.split("@")[0];
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const tag = colon > slash ? withoutDigest.slice(colon + 1) : undefined;
  if (tag !== version) {
    throw new Error(
      `connector image "${override}" has tag ${tag ?? "(none)"}, but the Elastic stack runs ${version}: ` +
        `the connector service must run the same version as Elasticsearch`,
    );
  }
  return override;
}
