/** `npm run bench`: every benchmark, each printing ratios measured within this one run. */
import { main as previewBench } from "./preview";
import { main as readModelBench } from "./read-model";
import { main as synthBench } from "./synth";

async function run(): Promise<void> {
  synthBench("dev");
  await readModelBench();
  await previewBench();
}

run().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
