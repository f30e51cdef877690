/** `npm run bench`: every benchmark, each printing ratios measured within this one run. */
import { main as readModelBench } from "./read-model";
import { main as synthBench } from "./synth";

async function run(): Promise<void> {
  synthBench("dev");
  await readModelBench();
}

run().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
