// Entry point of the pack (package.json "main"). @pulumi/pulumi's run-policy-pack registers ts-node with type
// checking for every TypeScript pack, whatever PulumiPolicy.yaml says (`typeScript: !process.versions.bun` in
// cmd/run-policy-pack/index.js, `typeCheck: true` in run.js): that alone was about 5 s of each dev preview. tsx's
// require hook, registered here after ts-node's, takes the .ts files back: they are transpiled, not checked.
// Type checking is `npm run typecheck`'s job (the root tsconfig includes policies/).
require("tsx/cjs/api").register();
module.exports = require("./index.ts");
