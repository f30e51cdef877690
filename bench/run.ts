/** `npm run bench`: every benchmark, each printing ratios measured within this one run. */
import { main as synthBench } from "./synth";

async function run(): Promise<void> {
  synthBench("dev");
  const readModel = (await import("./read-model.js")) as { main?: () => Promise<unknown> };
  if (readModel.main) await readModel.main();
}

run().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
