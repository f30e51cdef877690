/**
 * The ESLint rules for secret handling (infra/lint/secrets.mjs) flag each form a reviewer would miss, and leave the
 * loader's own way alone. Linted as TypeScript with the same parser the project uses, without type information.
 */
import * as assert from "node:assert/strict";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { secretHandlingRules } = require("../../../infra/lint/secrets.mjs") as {
  secretHandlingRules: Linter.RulesRecord;
};

function messages(code: string): string[] {
  const linter = new Linter({ configType: "flat" });
  return linter
    .verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tseslint.parser as Linter.Parser },
          rules: secretHandlingRules,
        },
      ],
      "x.ts",
    )
    .map((m) => m.message);
}

describe("lint: secret handling", () => {
  const cases: [string, RegExp][] = [
    [
      "const k = pulumi.unsecret(cfg.secrets.targetPassword!);",
      /unsecret prints or stores a secret in clear/,
    ],
    ["const flat = pulumi.runtime.allConfig();", /read configuration through loadStackConfig/],
    ['const c = new pulumi.Config("am-dashboard");', /read configuration through loadStackConfig/],
    [
      'const key = new Config().requireSecret("pseudonymisationKey");',
      /read configuration through loadStackConfig/,
    ],
    ["const k = process.env.AM_SECRET_PSEUDONYMISATION_KEY;", /only infra\/synth\/stackFile\.ts reads them/],
    ["out.apply((v) => console.log(v));", /console output bypasses the redaction of secrets/],
    ['const p = new random.String("pw", { length: 32 });', /this @pulumi\/random result is not sensitive/],
    ['const p = new random.Pet("pw", {});', /this @pulumi\/random result is not sensitive/],
    ['const p = new random.Password("pw", { length: 32, special: false });', /takes keepers: \{ rotation \}/],
    ['const k = new random.Bytes("key", { length: 32 });', /takes keepers: \{ rotation \}/],
    ["const plain = await password.result.promise();", /Output\.promise\(\) resolves a secret/],
    ["out.apply((v) => pulumi.log.info(`value ${v}`));", /logging inside apply prints the resolved value/],
    ["out.apply((v) => { log.warn(v); return v; });", /logging inside apply prints the resolved value/],
  ];
  for (const [code, expected] of cases) {
    it(`flags: ${code}`, () => {
      const found = messages(code);
      assert.ok(
        found.some((m) => expected.test(m)),
        `${code} -> ${found.join("; ") || "nothing"}`,
      );
    });
  }

  it("leaves the ordinary forms alone", () => {
    assert.deepEqual(
      messages(
        "const cfg = loadStackConfig(); const s = pulumi.secret(cfg.namespace); const u = pulumi.interpolate`${s}`;" +
          'const p = new random.Password("pw", { length: 32, keepers: { rotation: "0" } });' +
          'pulumi.log.info("rotating"); const n = out.apply((v) => v.length);',
      ),
      [],
    );
  });
});
