/**
 * A portal that refuses lifecycle stage edits: the default architecture is refused with a message
 * that says how to map onto HubSpot's stages, and the mapped architecture applies cleanly.
 */
import { describe, expect, it } from "vitest";
import examplePortalDefaults from "../../../examples/hubspot-portal-defaults";
import { compile } from "../../../lifecycle/compile";
import { defaultArchitecture } from "../../../lifecycle/default-architecture";
import type { HubSpotResourceSpec } from "../../../specs";
import { parseArchitecture } from "../../../lifecycle/validate";
import { diffSpec } from "../../../providers/core/diff";
import { definitionOf } from "../../../providers/kinds";
import { createKind, previewCreate } from "../../../providers/operations";
import { rejectionOf, useSandbox } from "./harness";

const hubspotSpecs = (arch: typeof defaultArchitecture) => compile(arch, "hubspot") as HubSpotResourceSpec[];

describe("a portal that refuses lifecycle stage edits", () => {
  const h = useSandbox();

  it("refuses the default architecture's lifecycle options, pointing at portal-defaults", async () => {
    h.sandbox.reset("messy", { lifecycleStageEditsLocked: true });
    const lifecycle = hubspotSpecs(defaultArchitecture).find((s) => s.name === "hs-options-contacts-lifecyclestage")!;
    const error = await rejectionOf(createKind(definitionOf(lifecycle.kind), lifecycle, h.ctx));
    expect(error.code).toBe("HUBSPOT_OPTIONS_READ_ONLY");
    expect(error.message).toContain(`hubspot: { lifecycleStages: "portal-defaults" }`);
  });

  it("applies the architecture mapped onto HubSpot's stages, and reads it back without drift", async () => {
    h.sandbox.reset("messy", { lifecycleStageEditsLocked: true });
    const lifecycleOptions = () => h.sandbox.state().properties.contacts!.find((p) => p.name === "lifecyclestage")!.options.map((o) => o.value);
    const before = lifecycleOptions();
    for (const spec of hubspotSpecs(parseArchitecture(examplePortalDefaults))) {
      const definition = definitionOf(spec.kind);
      await previewCreate(definition, spec, h.ctx);
      const { id, outs } = await createKind(definition, spec, h.ctx);
      const live = await definition.handler.read(id, outs, h.ctx);
      expect(diffSpec(definition.descriptor, live!, spec).changed, spec.name).toEqual([]);
    }
    expect(lifecycleOptions()).toEqual(before);
  });
});
