/**
 * JRuby 10.0.6.0 from Maven Central (`org.jruby:jruby-complete`), the Ruby that Logstash 9.5.2 runs its `ruby`
 * filters in (versions.yml of elastic/logstash at v9.5.2). Logstash itself is not on any registry these machines
 * reach; with JRuby the collector's rendered Ruby runs for real (test/support/logstash).
 *
 * JRuby 10 needs Java 21 or newer: the build picks the first such JDK (JAVA_HOME, then /usr/lib/jvm) and writes its
 * path into the launcher, so the tests need not know it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { mavenClasspath } from "../maven";

export const JRUBY_VERSION = "10.0.6.0";
export const JRUBY_LAUNCHER = "bin/am-jruby";
const MIN_JAVA = 21;

/** The major version `java -version` reports (`openjdk version "25.0.1"` → 25), or undefined. */
function javaMajor(java: string): number | undefined {
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  const m = /version "(\d+)/.exec(`${r.stderr ?? ""}${r.stdout ?? ""}`);
  return m ? Number(m[1]) : undefined;
}

/** The first `java` of version 21 or newer: JAVA_HOME's, then each JDK under /usr/lib/jvm. */
function findJava(): string | undefined {
  const homes = [
    ...(process.env.JAVA_HOME ? [process.env.JAVA_HOME] : []),
    ...(fs.existsSync("/usr/lib/jvm")
      ? fs
          .readdirSync("/usr/lib/jvm")
          .sort()
          .reverse()
          .map((d) => path.join("/usr/lib/jvm", d))
      : []),
  ];
  for (const home of homes) {
    const java = path.join(home, "bin", "java");
    if (fs.existsSync(java) && (javaMajor(java) ?? 0) >= MIN_JAVA) return java;
  }
  return undefined;
}

function launcher(java: string, jar: string): string {
  return [
    "#!/bin/sh",
    `# JRuby ${JRUBY_VERSION} (the Ruby of Logstash 9.5.2): am-jruby [ruby options] script [args].`,
    `exec "${java}" -Xss4m -jar "${jar}" "$@"`,
    "",
  ].join("\n");
}

export const jrubyEngine: Engine = {
  name: "jruby",
  version: JRUBY_VERSION,
  source: `Maven Central org.jruby:jruby-complete:${JRUBY_VERSION} (the JRuby of Logstash 9.5.2; pom engines/jruby)`,
  remedy:
    `check that Maven Central serves it (\`mvn -q dependency:get -Dartifact=org.jruby:jruby-complete:${JRUBY_VERSION}\`) ` +
    `and that a JDK ${MIN_JAVA} or newer is installed (JAVA_HOME, or under /usr/lib/jvm)`,
  binaries: [JRUBY_LAUNCHER],
  async build(ctx) {
    const java = findJava();
    if (!java) throw new Error(`JRuby ${JRUBY_VERSION} needs Java ${MIN_JAVA} or newer; none found`);
    const src = path.join(ctx.outDir, "src");
    fs.mkdirSync(src, { recursive: true });
    fs.copyFileSync(path.join(ctx.repoEngines, "jruby", "pom.xml"), path.join(src, "pom.xml"));
    ctx.log(`java: ${java}`);
    const jars = await mavenClasspath(ctx, path.join(src, "pom.xml"), path.join(ctx.outDir, "classpath.txt"));
    fs.rmSync(src, { recursive: true, force: true });
    const jar = jars.find((j) => path.basename(j) === `jruby-complete-${JRUBY_VERSION}.jar`);
    if (!jar) throw new Error(`jruby-complete-${JRUBY_VERSION}.jar is not on the resolved classpath`);
    const bin = path.join(ctx.outDir, JRUBY_LAUNCHER);
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.writeFileSync(bin, launcher(java, jar), { mode: 0o755 });
    ctx.log(`check: ${await ctx.output(bin, ["-e", "puts JRUBY_VERSION"])}`);
  },
};
