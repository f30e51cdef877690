/** TLS material for tests: a fixed test CA (public key only), and fresh CAs and server certificates made by openssl. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** A self-signed test CA (public key only; made once with openssl, its key discarded). */
export const TEST_CA_PEM = fs.readFileSync(path.join(__dirname, "..", "fixtures", "tls", "ca.pem"), "utf8");

export interface TestPki {
  /** PEM of the CA that signed the server certificate. */
  readonly caPem: string;
  /** The server's certificate and key files (its one subject alternative name: DNS localhost). */
  readonly certFile: string;
  readonly keyFile: string;
}

/**
 * A fresh CA and a server certificate it signs, made by the `openssl` command in `dir` (EC P-256, valid two days),
 * for a real TLS handshake with verification: a client that trusts `caPem` and connects to `localhost` accepts the
 * server; one that trusts another CA, or connects to 127.0.0.1 (a name the certificate does not carry), refuses it.
 */
export function makeTestPki(dir: string): TestPki {
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...ec,
    "-keyout",
    f("ca.key"),
    "-out",
    f("ca.crt"),
    "-days",
    "2",
    "-subj",
    "/CN=am test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  );
  openssl("req", ...ec, "-keyout", f("server.key"), "-out", f("server.csr"), "-subj", "/CN=localhost");
  fs.writeFileSync(
    f("server.ext"),
    "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
  );
  openssl(
    "x509",
    "-req",
    "-in",
    f("server.csr"),
    "-CA",
    f("ca.crt"),
    "-CAkey",
    f("ca.key"),
    "-CAcreateserial",
    "-out",
    f("server.crt"),
    "-days",
    "2",
    "-extfile",
    f("server.ext"),
  );
  return { caPem: fs.readFileSync(f("ca.crt"), "utf8"), certFile: f("server.crt"), keyFile: f("server.key") };
}
