/**
 * Which stacks a CI run acts on. The stack list is always derived from the `Pulumi.<stack>.yaml` files present, so
 * milestone-2 stacks join the pipelines by adding their file, and nothing names a stack that does not exist.
 */

/** Stacks that live on a laptop (kind / minikube): synthesised in CI, never previewed, deployed or drift-checked. */
export const LOCAL_ONLY_STACKS: readonly string[] = ["local"];

/** The order of the deploy pipeline; other deployed stacks are not promoted through it. */
export const DEPLOY_ORDER: readonly string[] = ["dev", "stage", "prod"];

export function deployedStacks(stacks: readonly string[]): string[] {
  return stacks.filter((s) => !LOCAL_ONLY_STACKS.includes(s));
}

/** Paths whose change cannot alter any stack's desired state. */
const NOT_DEPLOYED: readonly RegExp[] = [
  /^docs\//,
  /\.md$/,
  /^test\//,
  /^bench\//,
  /^\.github\//,
  /^delivery\/promote\//,
  /^delivery\/pko\//,
  /^\.prettier/,
  /^eslint\.config\./,
];

/**
 * The deployed stacks a change set affects: a stack whose own `Pulumi.<stack>.yaml` changed, or every deployed stack
 * when shared code (the program, components, policies, dependencies) changed.
 */
export function affectedStacks(changedFiles: readonly string[], stacks: readonly string[]): string[] {
  const deployed = deployedStacks(stacks);
  const affected = new Set<string>();
  for (const file of changedFiles) {
    const own = /^Pulumi\.(.+)\.yaml$/.exec(file);
    if (own) {
      if (deployed.includes(own[1])) affected.add(own[1]);
      continue; // another stack's file (or a removed stack) changes no one else
    }
    if (NOT_DEPLOYED.some((re) => re.test(file))) continue;
    return deployed;
  }
  return deployed.filter((s) => affected.has(s));
}
