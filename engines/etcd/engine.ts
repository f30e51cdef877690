/** etcd for the test control plane: the server module's root package, built through a wrapper (its go.mod replaces
 * api/client/pkg with local paths; the wrapper takes the published modules at the same tag). */
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const ETCD_VERSION = "3.6.16";

export const etcd: Engine = {
  name: "etcd",
  version: ETCD_VERSION,
  source: `go.etcd.io/etcd/server/v3@v${ETCD_VERSION} (wrapper engines/etcd)`,
  remedy: `check that the Go module proxy serves go.etcd.io/etcd/server/v3@v${ETCD_VERSION} and its api/client/pkg modules`,
  binaries: ["bin/etcd"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "etcd",
      programs: [
        {
          pkg: "go.etcd.io/etcd/server/v3",
          out: "etcd",
          ldflags: [`-X go.etcd.io/etcd/api/v3/version.GitSHA=v${ETCD_VERSION}`],
        },
      ],
    });
  },
};
