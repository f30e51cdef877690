/**
 * `npm run dashboards:preview -- <stack> [--out <dir>] [--png-dir <dir>] [--no-png]`
 *
 * Previews the dashboards a stack deploys with real figures (see `harness.ts`): writes `<out>/<id>.html` for each
 * dashboard (default `out/dashboards/<stack>/`), a PNG of each through headless Chromium (installed when missing)
 * into `--png-dir` (default: the same folder), and `figures.json` with every panel's query and figures.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../infra/paths";
import { listStacks } from "../../infra/synth/stackFile";
import { runPreview } from "./harness";
import { headerLineCount, PAGE_WIDTH, pageHeight, renderDashboardHtml } from "./render";
import { ensureChromium, screenshot } from "./screenshot";

const USAGE = "usage: npm run dashboards:preview -- <stack> [--out <dir>] [--png-dir <dir>] [--no-png]";

function parse(argv: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  let png = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-png") png = false;
    else if (a === "--out" || a === "--png-dir") {
      const v = argv[++i];
      if (!v || v.startsWith("--")) throw new Error(`${a} needs a directory\n${USAGE}`);
      flags[a.slice(2)] = v;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  const stacks = listStacks(REPO_ROOT);
  if (positional.length !== 1 || !stacks.includes(positional[0])) {
    throw new Error(`${USAGE}\nstacks: ${stacks.join(", ")}`);
  }
  const stack = positional[0];
  const out = path.resolve(flags.out ?? path.join("out", "dashboards", stack));
  return { stack, out, pngDir: path.resolve(flags["png-dir"] ?? out), png };
}

async function main(argv: string[]): Promise<void> {
  const { stack, out, pngDir, png } = parse(argv);
  const started = Date.now();
  const log = (line: string) =>
    process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${line}\n`);
  const chromium = png ? ensureChromium(log) : undefined;
  const preview = await runPreview(stack, { log });
  fs.mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const result of preview.dashboards) {
    const html = path.join(out, `${result.dashboard.id}.html`);
    fs.writeFileSync(html, renderDashboardHtml(preview, result));
    written.push(html);
    if (chromium) {
      const file = path.join(pngDir, `${result.dashboard.id}.png`);
      log(`screenshot of ${result.dashboard.id}`);
      screenshot(chromium, html, file, PAGE_WIDTH, pageHeight(result, headerLineCount(preview, result)));
      written.push(file);
    }
  }
  const figures = path.join(out, "figures.json");
  fs.writeFileSync(
    figures,
    `${JSON.stringify(
      {
        stack,
        engine: preview.engine,
        now: preview.now.toISOString(),
        gaps: preview.gaps,
        indexed: preview.indexed,
        dashboards: preview.dashboards.map((d) => ({
          id: d.dashboard.id,
          documents: d.documents,
          emptyBecause: d.emptyBecause,
          panels: d.panels.map((p) => ({ title: p.panel.title, query: p.query, figures: p.figures })),
        })),
      },
      null,
      2,
    )}\n`,
  );
  written.push(figures);

  const lines = [
    `Preview of stack ${stack}: figures from ${preview.engine.distribution} ${preview.engine.version}, standing in for ${preview.engine.standsInFor}.`,
    ...Object.entries(preview.indexed).map(
      ([index, n]) => `  ${index}: ${n} documents indexed through the stack's template and final pipeline`,
    ),
    preview.gaps.length
      ? `What the stand-in lacks (${preview.gaps.length}), and what ran instead:`
      : "The stand-in took every template and pipeline as the stack wrote it.",
    ...preview.gaps.map((g) => `  - ${g.object}: ${g.lacks} (${g.error}); ${g.instead}`),
    ...preview.dashboards.map(
      (d) =>
        `  ${d.dashboard.id}: ${d.panels.length} panels evaluated${d.emptyBecause ? ` (no data: ${d.emptyBecause})` : ""}`,
    ),
    `Wrote ${written.length} files:`,
    ...written.map((f) => `  ${path.relative(process.cwd(), f)}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
