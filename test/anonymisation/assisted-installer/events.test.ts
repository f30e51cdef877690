/**
 * The join of the installation document model with where each value sits in an event (`compileEventRules`): a
 * drift between the two is refused, so no filter is ever rendered from rules the classification does not back.
 */
import assert from "node:assert/strict";
import {
  compileEventRules,
  INSTALLATION_EXTRACTIONS,
} from "../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../anonymisation/assisted-installer/installation";

describe("milestone 2: the Assisted Installer event rules", () => {
  it("refuses rules that drift from the classification", () => {
    const { cluster_ref: _dropped, ...missing } = INSTALLATION_EXTRACTIONS;
    void _dropped;
    assert.throws(
      () => compileEventRules(installationDocument, missing),
      /"cluster_ref" of model ai-installation has no extraction/,
    );
    assert.throws(
      () =>
        compileEventRules(installationDocument, {
          ...INSTALLATION_EXTRACTIONS,
          cluster_name: { shape: { kind: "scalar", paths: ["cluster.name"] } },
        }),
      /extraction for "cluster_name", which model ai-installation drops/,
    );
    assert.throws(
      () =>
        compileEventRules(installationDocument, {
          ...INSTALLATION_EXTRACTIONS,
          result: { shape: { kind: "scalar", paths: ["cluster.email_domain"] } },
        }),
      /"result" reads event:cluster.email_domain, not named in the model's from/,
    );
  });
});
