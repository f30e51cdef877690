/** A self-signed test CA (public key only; made once with openssl, its key discarded). */
import * as fs from "node:fs";
import * as path from "node:path";

export const TEST_CA_PEM = fs.readFileSync(path.join(__dirname, "..", "fixtures", "tls", "ca.pem"), "utf8");
