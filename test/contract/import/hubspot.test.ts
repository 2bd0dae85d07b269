import { describe, expect, it } from "vitest";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { HubSpotPipelineSpec, HubSpotPropertyOptionsSpec } from "../../../specs";
import { definitionOf } from "../../../providers/kinds";
import { createKind } from "../../../providers/operations";
import { legacyRenewalsPipelineId } from "../../../sandbox/hubspot";
import { useSandbox } from "../hubspot/harness";
import { importToFile, noChanges, previewAfterAdoption } from "./round-trip";

describe("bowtie import from the messy HubSpot portal", () => {
  const h = useSandbox();
  const portal = () => JSON.stringify([h.sandbox.state().properties, h.sandbox.state().pipelines, h.sandbox.state().flows]);

  it("writes a module whose compiled specs show no changes against the portal, legacy values included", async () => {
    const before = portal();
    const { specs, architecture } = await importToFile("hubspot", h.ctx);
    expect(portal()).toBe(before);

    expect(specs.map((s) => s.name)).toEqual([
      "hs-options-contacts-lifecyclestage",
      "hs-options-companies-lifecyclestage",
      "hs-options-contacts-hs-lead-status",
      "hs-pipeline-deals-sales-pipeline",
      "hs-pipeline-deals-renewals",
      "hs-pipeline-tickets-support-pipeline",
    ]);
    expect(await previewAfterAdoption(specs, h.ctx)).toEqual(noChanges(specs));

    const lifecycle = specs.find((s): s is HubSpotPropertyOptionsSpec => s.name === "hs-options-contacts-lifecyclestage")!;
    expect(lifecycle.options.slice(-3).map((o) => [o.value, o.label, o.displayOrder])).toEqual([["won", "Won", 8], ["lost", "Lost", 9], ["trending_up", "Trending Up", 10]]);
    const renewals = specs.find((s): s is HubSpotPipelineSpec => s.name === "hs-pipeline-deals-renewals")!;
    expect(renewals.pipelineId).toBe(legacyRenewalsPipelineId);
    expect(renewals.stages.map((s) => [s.key, s.label, s.metadata])).toEqual([
      ["renewal_120_days", "120 Days Out", { probability: "0.3", isClosed: "false" }],
      ["renewal_90_days", "90 Days Out", { probability: "0.5", isClosed: "false" }],
      ["renewal_60_days", "60 Days Out", { probability: "0.7", isClosed: "false" }],
      ["renewal_closed_won", "Renewed", { probability: "1.0", isClosed: "true" }],
      ["renewal_closed_lost", "Churned", { probability: "0.0", isClosed: "true" }],
    ]);
    expect(architecture.automations).toEqual([]);
    expect(specs.some((s) => s.kind === "hubspot:workflow")).toBe(false);
  });

  it("is not vacuous: a stage relabelled by another user after the import shows as a change", async () => {
    const { specs } = await importToFile("hubspot", h.ctx);
    await h.other.crm.pipelines.pipelineStagesApi.update("deals", legacyRenewalsPipelineId, "renewal_60_days", { label: "Sixty Days Out", metadata: { probability: "0.7" } });
    const preview = await previewAfterAdoption(specs, h.ctx);
    expect(preview["hs-pipeline-deals-renewals"]).toEqual(["stages"]);
    expect(Object.values(preview).filter((changed) => changed.length > 0)).toHaveLength(1);
  });

  it("round-trips a portal Bowtie already manages, drop-off reasons included, and names what the model cannot say", async () => {
    for (const spec of compile(defaultArchitecture, "hubspot")) await createKind(definitionOf(spec.kind), spec, h.ctx);
    const { specs, result } = await importToFile("hubspot", h.ctx);
    expect(specs.map((s) => s.name)).toEqual(expect.arrayContaining(["hs-options-contacts-drop-off-reason", "hs-options-deals-drop-off-reason"]));
    const preview = await previewAfterAdoption(specs, h.ctx);
    expect(Object.keys(preview).filter((name) => preview[name]!.length > 0)).toEqual(["hs-pipeline-tickets-customer-success"]);
    expect(preview["hs-pipeline-tickets-customer-success"]).toEqual(["displayOrder"]);
    expect(result.notes.filter((n) => n.kind === "difference").map((n) => n.message)).toEqual([
      "The tickets pipelines have display orders other than 0, 1, 2…; the preview renumbers them in the same order.",
    ]);
  });
});
