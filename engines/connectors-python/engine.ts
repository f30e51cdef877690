/**
 * The Python the planner closer's CronJob runs in: the Elastic connectors image's own interpreter and asyncpg
 * (elastic/connectors at v9.5.2: `FROM docker.elastic.co/wolfi/python:3.11-dev` in Dockerfile.wolfi, `asyncpg==0.29.0`
 * and `requires-python = ">=3.10,<3.12"` in app/connectors_service/pyproject.toml). The image itself cannot be pulled
 * here; this is a virtual environment of the machine's CPython 3.10 or 3.11 with asyncpg 0.29.0 from PyPI, so the
 * job's script runs for real against PostgreSQL (test/components/planner-read-model/closerJob.test.ts).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";

export const ASYNCPG_VERSION = "0.29.0";
export const CONNECTORS_PYTHON_LAUNCHER = "bin/am-connectors-python";

/** `python3.11`, `python3.10` or `python3`, the first that is a CPython the connectors service supports. */
function findPython(): { python: string; version: string } | undefined {
  for (const python of ["python3.11", "python3.10", "python3"]) {
    const r = spawnSync(python, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"], {
      encoding: "utf8",
    });
    const version = r.status === 0 ? r.stdout.trim() : "";
    if (/^3\.1[01]\./.test(version)) return { python, version };
  }
  return undefined;
}

export const connectorsPython: Engine = {
  name: "connectors-python",
  version: `asyncpg-${ASYNCPG_VERSION}`,
  source: `PyPI asyncpg==${ASYNCPG_VERSION} in a virtual environment of CPython 3.10/3.11 (the Elastic connectors 9.5.2 image's)`,
  remedy:
    `install CPython 3.11 (or 3.10) with venv and pip, and check that PyPI serves asyncpg ${ASYNCPG_VERSION} ` +
    `(\`python3.11 -m pip download asyncpg==${ASYNCPG_VERSION}\`)`,
  binaries: [CONNECTORS_PYTHON_LAUNCHER],
  async build(ctx) {
    const found = findPython();
    if (!found) throw new Error("no CPython 3.10 or 3.11 on PATH (python3.11, python3.10, python3)");
    const venv = path.join(ctx.outDir, "venv");
    ctx.log(
      `python ${found.version} (${found.python}) -m venv, then pip install asyncpg==${ASYNCPG_VERSION}`,
    );
    await ctx.run(found.python, ["-m", "venv", venv]);
    await ctx.run(path.join(venv, "bin", "pip"), [
      "install",
      "--disable-pip-version-check",
      "--no-input",
      "-q",
      `asyncpg==${ASYNCPG_VERSION}`,
    ]);
    const bin = path.join(ctx.outDir, CONNECTORS_PYTHON_LAUNCHER);
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    // The build folder is renamed once built: the launcher finds the environment next to itself, links resolved.
    const launcher = [
      "#!/bin/sh",
      "# The closer job's Python: CPython with asyncpg, as in the connectors image.",
      'here=$(dirname "$(readlink -f "$0")")',
      'exec "$here/../venv/bin/python" "$@"',
      "",
    ];
    fs.writeFileSync(bin, launcher.join("\n"), { mode: 0o755 });
    ctx.log(
      `check: ${await ctx.output(bin, ["-c", "import asyncpg, sys; print(sys.version.split()[0], asyncpg.__version__)"])}`,
    );
  },
};
