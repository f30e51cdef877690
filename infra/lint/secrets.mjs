// ESLint rules for the secret-handling forms a reviewer would miss (issue 17): each strips the secret-ness Pulumi
// tracks through apply, interpolate and JSON serialisation, prints a resolved value, makes a credential with a
// generator whose result is not sensitive or cannot rotate, or reads configuration around the loader that makes
// every secret key a secret Output (infra/config/load.ts). Used by eslint.config.mjs, tested by
// test/infra/lint/secrets.test.ts.

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
      selector:
        "NewExpression[callee.object.name='random'][callee.property.name=/^(String|Integer|Id|Pet|Shuffle|Uuid|Uuid4|Uuid7)$/]",
      message:
        "this @pulumi/random result is not sensitive (plain in state, previews and outputs): make secrets with random.Password or random.Bytes.",
    },
    {
      selector:
        "NewExpression[callee.object.name='random'][callee.property.name=/^(Password|Bytes)$/]:not(:has(Property[key.name='keepers']))",
      message:
        "a generated secret takes keepers: { rotation } (its rotation keeper), or it can never be rotated by a config change.",
    },
    {
      selector: "CallExpression[callee.property.name='promise'][arguments.length=0]",
      message:
        "Output.promise() resolves a secret to a plain value that Pulumi no longer tracks: stay in apply/interpolate.",
    },
    {
      selector:
        "CallExpression[callee.property.name='apply'] CallExpression[callee.object.property.name='log'], CallExpression[callee.property.name='apply'] CallExpression[callee.object.name='log']",
      message:
        "logging inside apply prints the resolved value in clear, secret or not: log outside apply, without values.",
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
    "contracts/**/*.ts",
    "components/**/*.ts",
    "dashboards/**/*.ts",
    "stacks/**/*.ts",
    "infra/**/*.ts",
    "policies/**/*.ts",
    "index.ts",
  ],
  ignores: ["infra/config/**", "infra/lint/**", "**/cli.ts"],
};
