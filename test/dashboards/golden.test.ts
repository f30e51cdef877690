/**
 * Golden files of the compiled dashboards: written when missing or with UPDATE_GOLDEN=1, otherwise compared byte
 * for byte, so any change to what Kibana receives shows up in review as a diff of test/fixtures/golden/dashboards/.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { allDashboards, dashboardNdjson } from "../../dashboards";
import { TELEMETRY_PATTERN, TELEMETRY_QUERIES } from "./fixtures";

const DIR = path.join(__dirname, "..", "fixtures", "golden", "dashboards");
/** The index pattern the golden installations dashboard is compiled with (the real one comes from config). */
export const GOLDEN_INSTALLATIONS_PATTERN = "am-installations*";

describe("dashboard golden files", () => {
  const dashboards = allDashboards({
    installationsIndexPattern: GOLDEN_INSTALLATIONS_PATTERN,
    telemetryIndexPattern: TELEMETRY_PATTERN,
    telemetryQueries: TELEMETRY_QUERIES,
  });
  for (const dashboard of dashboards) {
    it(`${dashboard.id}.ndjson matches the compiled dashboard`, () => {
      const file = path.join(DIR, `${dashboard.id}.ndjson`);
      const actual = dashboardNdjson(dashboard);
      if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(file)) {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file, actual);
      }
      assert.equal(
        actual,
        fs.readFileSync(file, "utf8"),
        `${file} is stale: rerun with UPDATE_GOLDEN=1 and review the diff`,
      );
    });
  }
});
