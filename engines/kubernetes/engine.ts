/**
 * kube-apiserver and kube-controller-manager from `k8s.io/kubernetes`. Its go.mod requires every staging module at
 * v0.0.0 and replaces it with `./staging/src/k8s.io/<name>` (nested modules, absent from the zip): the wrapper replaces
 * each with its published `v0.<minor>.<patch>`. The controller manager runs the garbage collector and the namespace
 * controller, without which the Kubernetes provider's Foreground deletes never finish.
 */
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const KUBERNETES_VERSION = "1.35.4";
const MINOR = KUBERNETES_VERSION.split(".")[1];

/** Without these, /version reports v0.0.0-master (component-base and client-go read them). */
const VERSION_LDFLAGS = ["k8s.io/component-base/version", "k8s.io/client-go/pkg/version"].flatMap((pkg) => [
  `-X ${pkg}.gitVersion=v${KUBERNETES_VERSION}`,
  `-X ${pkg}.gitMajor=1`,
  `-X ${pkg}.gitMinor=${MINOR}`,
  `-X ${pkg}.gitTreeState=clean`,
]);

export const kubernetes: Engine = {
  name: "kubernetes",
  version: KUBERNETES_VERSION,
  source: `k8s.io/kubernetes@v${KUBERNETES_VERSION} cmd/kube-apiserver, cmd/kube-controller-manager (wrapper engines/kubernetes, staging modules at v0.${MINOR}.${KUBERNETES_VERSION.split(".")[2]})`,
  remedy:
    `check that the Go module proxy serves k8s.io/kubernetes@v${KUBERNETES_VERSION} and the staging modules ` +
    `(k8s.io/api@v0.${MINOR}.x …); the build needs about 6 GB of memory`,
  binaries: ["bin/kube-apiserver", "bin/kube-controller-manager"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "kubernetes",
      programs: ["kube-apiserver", "kube-controller-manager"].map((cmd) => ({
        pkg: `k8s.io/kubernetes/cmd/${cmd}`,
        out: cmd,
        ldflags: VERSION_LDFLAGS,
      })),
    });
  },
};
