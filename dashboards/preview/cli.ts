/**
 * Writes `out/dashboards/<id>.html` for every dashboard, and with `--png <dashboard-id> <file>` also renders that
 * page to a PNG with headless Chromium (if one is installed: `chromium` or `$CHROME`).
 *
 *   tsx dashboards/preview/cli.ts [--png am-overview docs/images/overview-dashboard.png]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { allDashboards, EXAMPLE_TELEMETRY_QUERIES } from "../index";
import { renderDashboardHtml } from "./render";

/** Index pattern shown for the installations dashboard, whose real pattern comes from stack config. */
const PREVIEW_INSTALLATIONS_PATTERN = "am-installations*";
const OUT_DIR = path.join("out", "dashboards");

function findChromium(): string | undefined {
  const candidates = [process.env.CHROME, "chromium", "chromium-browser", "google-chrome"].filter(
    (c): c is string => !!c,
  );
  return candidates.find((c) => spawnSync(c, ["--version"], { stdio: "ignore" }).status === 0);
}

function screenshot(html: string, png: string, heightPx: number): void {
  const chromium = findChromium();
  if (!chromium) throw new Error("no Chromium found: install it (apt-get install chromium) or set CHROME");
  fs.mkdirSync(path.dirname(png), { recursive: true });
  const result = spawnSync(
    chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--hide-scrollbars",
      `--window-size=1600,${heightPx}`,
      `--screenshot=${path.resolve(png)}`,
      `file://${path.resolve(html)}`,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0 || !fs.existsSync(png)) {
    throw new Error(`Chromium failed (${result.status}): ${result.stderr}`);
  }
}

function main(argv: string[]): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const dashboards = allDashboards({
    installationsIndexPattern: PREVIEW_INSTALLATIONS_PATTERN,
    // Telemetry panels follow the configured queries; the preview shows the example list.
    telemetryIndexPattern: "am-telemetry*",
    telemetryQueries: EXAMPLE_TELEMETRY_QUERIES,
  });
  const written = new Map<string, { file: string; rows: number }>();
  for (const d of dashboards) {
    const file = path.join(OUT_DIR, `${d.id}.html`);
    fs.writeFileSync(file, renderDashboardHtml(d));
    written.set(d.id, { file, rows: Math.max(...d.panels.map((p) => p.grid.y + p.grid.h)) });
    console.log(`wrote ${file}`);
  }
  const i = argv.indexOf("--png");
  if (i >= 0) {
    const [id, png] = [argv[i + 1], argv[i + 2]];
    const page = written.get(id);
    if (!page || !png) throw new Error(`usage: --png <${[...written.keys()].join("|")}> <file.png>`);
    // Header plus grid rows (22 px + 8 px gap each) plus padding.
    screenshot(page.file, png, 150 + page.rows * 30 + 40);
    console.log(`wrote ${png}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
