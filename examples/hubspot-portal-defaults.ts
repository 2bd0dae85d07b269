/**
 * The default architecture for a HubSpot portal that refuses lifecycle stage edits: HubSpot keeps
 * its own lifecycle stages, and each of the model's stages is mapped onto one of them (adjacent
 * stages may share one). Everything else — statuses, pipelines, drop-off reasons, workflows — is
 * managed as usual. Use it with `pulumi config set bowtie:architecture examples/hubspot-portal-defaults.ts`.
 */
import { defaultArchitectureInput } from "../lifecycle/default-architecture";
import { defineArchitecture } from "../lifecycle/define";

/** Model stage → HubSpot default stage. */
const hubspotStage: Record<string, string> = {
  known_lead: "lead",
  marketing_engaged: "lead",
  mql: "marketingqualifiedlead",
  sal: "marketingqualifiedlead",
  sql: "salesqualifiedlead",
  sao: "opportunity",
  evaluation: "opportunity",
  proposal: "opportunity",
  closed_won: "customer",
  pre_onboarding: "customer",
  onboarding: "customer",
  implementation: "customer",
  early_adoption: "customer",
  mature_adoption: "evangelist",
};

export default defineArchitecture({
  ...defaultArchitectureInput,
  name: "Default Bow Tie (HubSpot default lifecycle stages)",
  hubspot: { lifecycleStages: "portal-defaults" },
  lifecycle: defaultArchitectureInput.lifecycle.map((stage) => ({ ...stage, names: { ...stage.names, hubspot: hubspotStage[stage.key] } })),
});
