import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { Client } from "pg";
import { databaseName, hydrateSymlinks, nativePackageDir, startPostgres } from "../../engines/postgres";

describe("engines/postgres", function () {
  this.timeout(120_000);

  it("runs a real PostgreSQL server and creates per-suite databases", async () => {
    const server = await startPostgres();
    const url = await server.createDatabase(databaseName("pg_support"));
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string; db: string }>(
        "SELECT version() AS version, current_database() AS db",
      );
      assert.match(rows[0].version, /^PostgreSQL \d+/);
      assert.equal(rows[0].db, new URL(url).pathname.slice(1));
    } finally {
      await client.end();
    }
  });

  it("hydrates the embedded package's library symlinks idempotently", () => {
    if (process.env.DATABASE_URL) return;
    const dir = nativePackageDir();
    hydrateSymlinks(dir);
    assert.equal(hydrateSymlinks(dir), 0, "a second hydration must find every link in place");
    const links = JSON.parse(fs.readFileSync(path.join(dir, "native", "pg-symlinks.json"), "utf8")) as {
      target: string;
    }[];
    for (const { target } of links) assert.ok(fs.lstatSync(path.join(dir, target)).isSymbolicLink(), target);
  });
});
