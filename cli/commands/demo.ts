/**
 * `bowtie demo`: the whole story on the local sandboxes, for a fresh clone. Seeds a messy org and
 * portal, lints the default architecture, previews and applies it (records move off retired
 * values), makes the changes an admin clicking in Setup would make, and reports the drift.
 * It runs on a stack of its own, `demo`, recreated each time with the default architecture and the
 * sandboxes' connection, so whatever the dev stack is configured with is left alone.
 */
import { salesforceSandboxCredentials } from "../../sandbox/salesforce";
import { hubspotSandboxToken } from "../../sandbox/hubspot";
import { defaultArchitecture } from "../../lifecycle/default-architecture";
import { lint } from "../../lifecycle/lint";
import { renderFindingsText } from "../../lifecycle/lint/render";
import { addLeadStatusValue, addLifecycleOption, deactivateValidationRule, relabelDealStage } from "../demo/admin-changes";
import { ensurePulumi } from "../pulumi/toolchain";
import { openStack } from "../pulumi/stack";
import { driftItems } from "../report/drift";
import { planFromEvents } from "../report/plan";
import { renderDriftText } from "../report/render-drift";
import { renderPlanText } from "../report/render-plan";
import { crms, resetSandbox, sandboxConnectionEnv, sandboxStackConfig, sandboxUrl } from "../sandbox/services";
import { DEMO_STACK, failureMessage } from "./stack-command";

const STACK = DEMO_STACK;
const STEPS = 7;

function step(n: number, title: string): () => void {
  const started = Date.now();
  console.log(`\n▸ ${n}/${STEPS} ${title}`);
  return () => console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const indent = (text: string) => text.trimEnd().replace(/^/gm, "  ");

/** The admin's changes: one rogue value and one switched-off rule in Salesforce, one rogue option and one relabel in HubSpot. */
async function adminClicksInSetup(): Promise<string[]> {
  const { username, password, clientId, clientSecret } = salesforceSandboxCredentials;
  const salesforce = { loginUrl: sandboxUrl("salesforce"), username, password, clientId, clientSecret };
  const hubspot = { basePath: sandboxUrl("hubspot"), token: hubspotSandboxToken };
  await addLeadStatusValue(salesforce, { apiName: "Partner Referral", label: "Partner Referral" });
  await deactivateValidationRule(salesforce, "Lead.Lifecycle_Forward_Only");
  await addLifecycleOption(hubspot, { value: "partner", label: "Partner" });
  await relabelDealStage(hubspot, "New Business", "Proposal Sent", "Quote Sent");
  return [
    `Salesforce: added Lead Status "Partner Referral"`,
    `Salesforce: deactivated validation rule Lead.Lifecycle_Forward_Only`,
    `HubSpot: added lifecycle stage option "Partner"`,
    `HubSpot: renamed deal stage "Proposal Sent" to "Quote Sent" in the New Business pipeline`,
  ];
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("usage: bowtie demo\n  Runs the whole story against freshly seeded local sandboxes, on its own stack `demo` (reset each run; the dev stack is left alone).");
    return 0;
  }
  try {
    let done = step(1, "Pulumi CLI and local sandboxes");
    const pulumiDir = await ensurePulumi();
    console.log(`  Pulumi CLI: ${pulumiDir}`);
    for (const crm of crms) console.log(`  ${crm} sandbox (messy ${crm === "salesforce" ? "org" : "portal"}): ${(await resetSandbox(crm, "messy")).url}`);
    done();

    done = step(2, "Lint the default architecture");
    console.log(indent(renderFindingsText(lint(defaultArchitecture), "lifecycle/default-architecture.ts")));
    done();

    done = step(3, `Preview: what \`pulumi up -s ${STACK}\` would change in the messy CRMs`);
    const previous = await openStack({ stack: STACK, local: true });
    await previous.stack.workspace.removeStack(STACK, { force: true });
    const stack = await openStack({ stack: STACK, local: true, env: sandboxConnectionEnv() });
    await stack.stack.setAllConfig(sandboxStackConfig());
    console.log(indent(renderPlanText(planFromEvents(await stack.preview({ refresh: true })))));
    done();

    done = step(4, "Apply it (pulumi up): records move off retired values before the values are deactivated");
    console.log(indent(renderPlanText(planFromEvents(await stack.up({ refresh: true })), { applied: true })));
    done();

    done = step(5, "An admin changes things in Setup, outside Bowtie");
    for (const change of await adminClicksInSetup()) console.log(`  - ${change}`);
    done();

    done = step(6, `Drift check (bowtie drift -s ${STACK})`);
    const drift = driftItems(planFromEvents(await stack.preview({ refresh: true })));
    console.log(indent(renderDriftText(drift, STACK)));
    done();

    step(7, "Next");
    const next: Array<[string, string]> = [
      [`bin/bowtie up -s ${STACK}`, "restore the architecture over the admin's changes"],
      [`bin/bowtie drift -s ${STACK} --markdown`, "the drift report for an issue or a chat message (exit 2 = drift)"],
      [`bin/bowtie pr-comment -s ${STACK}`, "the preview as a pull-request comment"],
      ["bin/bowtie docs --out docs/generated", "Definition Alignment Document, Stage Reference Card, bow tie diagram"],
      [`bin/bowtie import --from hubspot -s ${STACK} --out acme.ts`, "adopt an existing CRM as an architecture module"],
      ["bin/bowtie sandbox stop", "stop the local sandboxes"],
    ];
    const width = Math.max(...next.map(([command]) => command.length));
    for (const [command, what] of next) console.log(`  ${command.padEnd(width)}  ${what}`);
    return 0;
  } catch (error) {
    console.error(`\nbowtie demo failed.\n${failureMessage(error)}`);
    return 1;
  }
}
