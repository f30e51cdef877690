// ESLint rules for the secret-handling forms a reviewer would miss (issue 17): each strips the secret-ness Pulumi
// tracks through apply, interpolate and JSON serialisation, or reads configuration around the loader that makes
// every secret key a secret Output (infra/config/load.ts). Used by eslint.config.mjs, tested by
// test/lint/secrets.test.ts.

const LOADER =
  "read configuration through loadStackConfig (infra/config/load.ts), which keeps secret keys secret";

/** Rules for program code: everything except the loader itself, tests and the generated SDK. */
export const secretHandlingRules = {
  "no-restricted-properties": [
    "error",
    {
      object: "pulumi",
      property: "unsecret",
      message: "pulumi.unsecret prints or stores a secret in clear.",
    },
    { property: "unsecret", message: "unsecret prints or stores a secret in clear." },
    { property: "allConfig", message: LOADER },
    { property: "isConfigSecret", message: LOADER },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "NewExpression[callee.property.name='Config'], NewExpression[callee.name='Config']",
      message: LOADER,
    },
    {
      selector: "MemberExpression[object.property.name='env'][property.name=/^AM_SECRET_/]",
      message:
        "AM_SECRET_* variables are the synth's stand-ins for secrets: only infra/synth/stackFile.ts reads them.",
    },
    {
      selector: "CallExpression[callee.object.name='console']",
      message:
        "console output bypasses the redaction of secrets: return values or use pulumi.log with no secret in it.",
    },
  ],
};

/** Files the rules apply to, and those exempt (the loader reads config by design; tests and tools print). */
export const secretHandlingFiles = {
  files: [
    "anonymisation/**/*.ts",
    "components/**/*.ts",
    "dashboards/**/*.ts",
    "stacks/**/*.ts",
    "infra/**/*.ts",
    "policies/**/*.ts",
    "index.ts",
  ],
  ignores: ["infra/config/**", "infra/lint/**", "**/cli.ts"],
};
