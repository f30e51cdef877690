import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { PINNED_ACTIONS } from "../../../delivery/ci/actions";
import { lintWorkflow, parserErrors, ruleErrors } from "../../../delivery/ci/workflowLint";

const DIR = path.resolve(__dirname, "..", "..", "..", ".github", "workflows");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".yml"));
const read = (f: string) => fs.readFileSync(path.join(DIR, f), "utf8");
type Job = {
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string>;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
};
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};
const wf = (f: string) => parse(read(f)) as Workflow;

describe("delivery: GitHub workflows", function () {
  this.timeout(60_000);

  it("has the five workflows", () => {
    assert.deepEqual(files.sort(), ["deploy.yml", "drift.yml", "pr-comment.yml", "pr.yml", "stack-up.yml"]);
  });

  for (const f of files) {
    it(`${f} passes GitHub's workflow parser and our pin, input, secret and shell rules`, async () => {
      assert.deepEqual(await lintWorkflow(f, read(f)), []);
    });
  }

  it("every uses: is owner/repo@<40 hex> of a pinned release, or a local reusable workflow", () => {
    const uses = files.flatMap((f) => [...read(f).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)].map((m) => m[1]));
    assert.ok(uses.length > 20);
    for (const u of uses) {
      if (u.startsWith("./.github/workflows/")) continue;
      const [repo, ref] = u.split("@");
      assert.match(ref, /^[0-9a-f]{40}$/, u);
      assert.equal(ref, PINNED_ACTIONS[repo]?.sha, u);
    }
  });

  it("the checks fail on planted mistakes", async () => {
    const good = read("pr.yml");
    const tag = good.replace(/pulumi\/actions@[0-9a-f]{40} # v7\.0\.0/, "pulumi/actions@v7");
    assert.match(
      ruleErrors("pr.yml", tag).join("\n"),
      /pulumi\/actions@v7 is not pinned to a 40-hex commit SHA/,
    );
    const main = good.replace(/actions\/checkout@[0-9a-f]{40}/, "actions/checkout@main");
    assert.match(ruleErrors("pr.yml", main).join("\n"), /actions\/checkout@main is not pinned/);
    const otherSha = good.replace(/actions\/checkout@[0-9a-f]{40}/, `actions/checkout@${"a".repeat(40)}`);
    assert.match(ruleErrors("pr.yml", otherSha).join("\n"), /is not v7\.0\.1/);
    const noComment = good.replace(/(actions\/setup-node@[0-9a-f]{40}) # v7\.0\.0/, "$1");
    assert.match(ruleErrors("pr.yml", noComment).join("\n"), /has no "# vX.Y.Z" comment/);
    const badInput = good.replace("comment-on-pr: true", "comment-on-pull-request: true");
    assert.match(ruleErrors("pr.yml", badInput).join("\n"), /has no input "comment-on-pull-request"/);
    const secret = good.replace("${{ vars.PULUMI_ORG }}/${{ matrix.stack }}", "${{ secrets.PULUMI_ORG }}");
    assert.match(ruleErrors("pr.yml", secret).join("\n"), /repository secret/);
    const shell = good.replace('echo "$code" >', 'if then echo "$code" >');
    assert.match(ruleErrors("pr.yml", shell).join("\n"), /bash -n/);
    const schema = good.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest");
    assert.match((await parserErrors("pr.yml", schema)).join("\n"), /runs_on/);
    const expr = good.replace(
      "${{ fromJSON(needs.synth.outputs.affected) }}",
      "${{ fromJSON(needs.synth.outputs.affected }}",
    );
    assert.ok((await parserErrors("pr.yml", expr)).length > 0, "an unbalanced expression must be an error");
  });

  it("pr.yml: read-only token, no secrets for the synth, previews only for same-repo PRs via OIDC", () => {
    const pr = wf("pr.yml");
    assert.deepEqual(Object.keys(pr.on), ["pull_request"]);
    assert.deepEqual(pr.permissions, { contents: "read" });
    const synth = pr.jobs.synth;
    assert.equal(synth.permissions, undefined, "the untrusted job keeps the read-only default");
    const runs = synth.steps!.map((s) => s.run ?? "").join("\n");
    assert.match(runs, /npm ci/);
    assert.match(runs, /npm test/);
    assert.match(runs, /npm run --silent synth -- "\$stack" --out "out\/\$stack"/);
    assert.ok(synth.steps!.some((s) => s.uses?.startsWith("actions/upload-artifact@")));
    // Dashboard previews with real figures, attached for reviewers; read-only like the synth.
    const dashboards = pr.jobs.dashboards;
    assert.equal(dashboards.permissions, undefined);
    assert.match(dashboards.steps!.map((s) => s.run ?? "").join("\n"), /npm run dashboards:preview -- dev/);
    const upload = dashboards.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    assert.equal(upload.with!.path, "out/dashboards/");
    const preview = pr.jobs.preview;
    assert.match(preview.if!, /head\.repo\.full_name == github\.repository/);
    assert.deepEqual(preview.permissions, {
      contents: "read",
      "id-token": "write",
      "pull-requests": "write",
    });
    const action = preview.steps!.find((s) => s.uses?.startsWith("pulumi/actions@"))!;
    assert.deepEqual(action.with, {
      command: "preview",
      "stack-name": "${{ vars.PULUMI_ORG }}/${{ matrix.stack }}",
      "comment-on-pr": true,
      diff: true,
      "suppress-progress": true,
      policyPacks: "policies",
      policyPackConfigs: "policies/config/${{ matrix.stack }}.json",
    });
    const esc = preview.steps!.find((s) => s.uses?.startsWith("pulumi/esc-action@"))!;
    assert.equal(esc.with!.environment, "${{ vars.PULUMI_ORG }}/am-dashboard/${{ matrix.stack }}");
    assert.ok(preview.steps!.some((s) => s.run === "npm ci --prefix policies"));
  });

  it("pr-comment.yml only reads the artifact: no checkout, no run step", () => {
    const c = wf("pr-comment.yml");
    assert.deepEqual(Object.keys(c.on), ["workflow_run"]);
    const steps = c.jobs.comment.steps!;
    assert.ok(steps.every((s) => !s.run && !s.uses?.startsWith("actions/checkout@")));
    assert.deepEqual(c.jobs.comment.permissions, { actions: "read", "pull-requests": "write" });
  });

  it("deploy.yml: dev, then stage, then prod, each in its GitHub environment with the policy pack", () => {
    const d = wf("deploy.yml");
    assert.deepEqual(d.on, { push: { branches: ["main"] }, workflow_dispatch: null });
    assert.deepEqual(d.jobs.dev.needs, "verify");
    assert.deepEqual(d.jobs.stage.needs, ["verify", "dev"]);
    assert.deepEqual(d.jobs.prod.needs, ["verify", "stage"]);
    for (const stack of ["dev", "stage", "prod"]) {
      assert.equal(d.jobs[stack].uses, "./.github/workflows/stack-up.yml");
      assert.deepEqual(d.jobs[stack].with, { stack });
      assert.match(
        d.jobs[stack].if!,
        new RegExp(`contains\\(fromJSON\\(needs.verify.outputs.stacks\\), '${stack}'\\)`),
      );
    }
    const up = wf("stack-up.yml").jobs.up;
    assert.equal(up.environment, "${{ inputs.stack }}");
    const action = up.steps!.find((s) => s.uses?.startsWith("pulumi/actions@"))!;
    assert.equal(action.with!.command, "up");
    assert.equal(action.with!.policyPacks, "policies");
    assert.equal(action.with!.policyPackConfigs, "policies/config/${{ inputs.stack }}.json");
    assert.equal(
      up.steps![0].with!.ref,
      "${{ github.sha }}",
      "every stage deploys the commit that was pushed",
    );
  });

  it("drift.yml: scheduled preview --expect-no-changes and refresh --preview-only, issue labelled drift", () => {
    const d = wf("drift.yml");
    const schedule = d.on.schedule as { cron: string }[];
    assert.match(schedule[0].cron, /^\S+ \S+ \S+ \S+ \S+$/);
    const steps = d.jobs.drift.steps!;
    const preview = steps.find((s) => s.uses?.startsWith("pulumi/actions@"))!;
    assert.equal(preview.with!["expect-no-changes"], true);
    const runs = steps.map((s) => s.run ?? "").join("\n");
    assert.match(runs, /pulumi refresh --preview-only --expect-no-changes/);
    assert.match(runs, /gh issue create --title "\$title" --label drift/);
    assert.match(runs, /gh issue comment/);
    assert.equal(d.jobs.drift.permissions!.issues, "write");
  });

  it("runs Node 20 everywhere", () => {
    const versions = files.flatMap((f) => [...read(f).matchAll(/node-version:\s*(\S+)/g)].map((m) => m[1]));
    assert.ok(versions.length >= 5);
    assert.deepEqual([...new Set(versions)], ["20"]);
  });
});
