/**
 * The Maven step of the engines that come from Maven Central: run the pom's goals, then resolve its dependencies into
 * a classpath file (the jars stay in the local Maven repository), and check that every jar it names is there.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BuildContext } from "./engine";

/** Runs `mvn <goals> dependency:build-classpath` on `pom`, writing `classpathFile`; returns the jars, each present. */
export async function mavenClasspath(
  ctx: BuildContext,
  pom: string,
  classpathFile: string,
  goals: readonly string[] = [],
): Promise<string[]> {
  ctx.log(
    `mvn ${[...goals, "dependency:build-classpath"].join(" ")} (jars stay in the local Maven repository)`,
  );
  await ctx.run(
    "mvn",
    [
      "-q",
      "-B",
      "-Dstyle.color=never",
      "-f",
      pom,
      ...goals,
      "dependency:build-classpath",
      `-Dmdep.outputFile=${classpathFile}`,
    ],
    { cwd: path.dirname(pom) },
  );
  const jars = fs.readFileSync(classpathFile, "utf8").trim().split(path.delimiter);
  const missing = jars.filter((jar) => !fs.existsSync(jar));
  if (missing.length > 0)
    throw new Error(`the classpath names jars that are not there: ${missing.join(", ")}`);
  return jars;
}
