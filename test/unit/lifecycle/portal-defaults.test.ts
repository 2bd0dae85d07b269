import { describe, expect, it } from "vitest";
import examplePortalDefaults from "../../../examples/hubspot-portal-defaults";
import { compile } from "../../../lifecycle/compile";
import { lint } from "../../../lifecycle/lint";
import { HUBSPOT } from "../../../lifecycle/names";
import { renderProblems } from "../../../lifecycle/problems";
import type { HubSpotWorkflowSpec } from "../../../specs";
import { parseArchitecture, validateArchitecture } from "../../../lifecycle/validate";

const portalDefaults = () => structuredClone(examplePortalDefaults);

describe('hubspot.lifecycleStages: "portal-defaults" (a portal that refuses lifecycle stage edits)', () => {
  const architecture = parseArchitecture(portalDefaults());
  const specs = compile(architecture, "hubspot");
  const workflows = specs.filter((s): s is HubSpotWorkflowSpec => s.kind === "hubspot:workflow");

  it("lints clean: adjacent stages may share a HubSpot stage", () => {
    expect(lint(architecture)).toEqual([]);
  });

  it("leaves the lifecycle stage options to HubSpot and manages the rest", () => {
    expect(specs.filter((s) => s.kind === "hubspot:property-options").map((s) => s.name)).toEqual([
      "hs-options-contacts-hs-lead-status",
      "hs-options-contacts-drop-off-reason",
      "hs-options-deals-drop-off-reason",
    ]);
    expect(specs.filter((s) => s.kind === "hubspot:pipeline")).toHaveLength(4);
  });

  it("sets only HubSpot default stages, forward only, one company roll-up per HubSpot stage", () => {
    const defaults: readonly string[] = HUBSPOT.defaultLifecycleStages;
    for (const { setProperty } of workflows) {
      expect(defaults).toContain(setProperty.value);
      expect(setProperty.onlyFrom).not.toContain(setProperty.value);
      expect(new Set(setProperty.onlyFrom).size).toBe(setProperty.onlyFrom?.length);
    }
    const rollups = workflows.filter((w) => w.name.startsWith("hs-workflow-company-lifecycle-")).map((w) => w.setProperty.value);
    expect(rollups).toEqual(["marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist"]);
  });

  it("rejects a stage mapped onto a value HubSpot does not define, naming the path", () => {
    const input = portalDefaults();
    input.lifecycle[2]!.names = { ...input.lifecycle[2]!.names, hubspot: "marketingqualified" };
    const result = validateArchitecture(input);
    expect(result.ok ? "" : renderProblems(result.problems)).toMatchInlineSnapshot(`"lifecycle[2].names.hubspot: expected one of HubSpot's default lifecycle stages (subscriber, lead, marketingqualifiedlead, salesqualifiedlead, opportunity, customer, evangelist, other) because hubspot.lifecycleStages is "portal-defaults", got "marketingqualified""`);
  });

  it("rejects two stages sharing a HubSpot stage with another in between", () => {
    const input = portalDefaults();
    input.lifecycle[4]!.names = { ...input.lifecycle[4]!.names, hubspot: "lead" };
    const result = validateArchitecture(input);
    expect(result.ok ? "" : renderProblems(result.problems)).toMatchInlineSnapshot(`"lifecycle[4].names.hubspot: "lead" is already used by lifecycle[1]: only adjacent stages may share a HubSpot stage, or the lifecycle would not move forward in HubSpot"`);
  });
});
