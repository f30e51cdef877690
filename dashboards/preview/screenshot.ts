/**
 * PNGs of the preview pages through Debian's headless Chromium, installed with apt-get when it is missing (this
 * script is the only thing that needs it). Each shot gets a fresh profile directory and no network features.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome"];

function works(command: string): boolean {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

/** `$CHROME`, or a Chromium on PATH, or Debian's `chromium` installed now. */
export function ensureChromium(log: (line: string) => void = () => undefined): string {
  const found = [process.env.CHROME, ...CANDIDATES].find((c): c is string => !!c && works(c));
  if (found) return found;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = root ? [] : ["sudo", "-n"];
  log("Chromium not found: installing Debian's chromium (apt-get install -y chromium)");
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0], [...sudo.slice(1), ...(sudo.length ? args : args.slice(1))], {
      encoding: "utf8",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  let result = run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
  if (result.status !== 0) {
    run(["apt-get", "update"]);
    result = run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
  }
  if (result.status !== 0 || !works("chromium")) {
    throw new Error(
      `could not install Chromium (apt-get install -y chromium${root ? "" : " needs root"}):\n${result.stderr ?? ""}\n` +
        "Install it, or set CHROME to a Chromium binary, or run with --no-png.",
    );
  }
  return "chromium";
}

/** Screenshots `html` (a file) into `png` at `width` x `height` CSS pixels. */
export function screenshot(chromium: string, html: string, png: string, width: number, height: number): void {
  fs.mkdirSync(path.dirname(png), { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "am-chromium-"));
  try {
    const result = spawnSync(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        `--window-size=${width},${height}`,
        `--screenshot=${path.resolve(png)}`,
        `file://${path.resolve(html)}`,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (result.status !== 0 || !fs.existsSync(png)) {
      throw new Error(`Chromium failed (${result.status}): ${result.stderr}`);
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
