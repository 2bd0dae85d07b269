import { describe, expect, it } from "vitest";
import type { HubSpotWorkflowSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { workflowDescriptor } from "../../../providers/hubspot/workflow/descriptor";
import { flowToSpec, specToFlow } from "../../../providers/hubspot/workflow/flow-shape";
import { workflowKind } from "../../../providers/hubspot/workflow";
import { checkKind } from "../../../providers/operations";

const base: HubSpotWorkflowSpec = {
  kind: "hubspot:workflow",
  name: "deal-won",
  label: "Deal Closed Won → Customer",
  objectTypeId: "0-3",
  enrollment: { property: "dealstage", operator: "IS_ANY_OF", values: ["closedwon"] },
  setProperty: { target: "associated-contacts", property: "lifecyclestage", value: "customer" },
  enabled: true,
};

const variants: HubSpotWorkflowSpec[] = [
  base,
  { ...base, description: "why", setProperty: { ...base.setProperty, onlyFrom: ["lead", "opportunity"] } },
  { ...base, objectTypeId: "0-1", enrollment: { property: "hs_lead_status", operator: "IS_KNOWN", values: [] }, setProperty: { target: "enrolled", property: "hs_lead_status", value: "NEW" } },
  { ...base, objectTypeId: "0-2", setProperty: { target: "associated-contacts", property: "lifecyclestage", value: "customer" }, enabled: false },
  { ...base, objectTypeId: "0-1", setProperty: { target: "associated-company", property: "lifecyclestage", value: "customer" } },
];

describe("workflow ↔ flow mapping", () => {
  it.each(variants.map((v) => [v.label + (v.setProperty.onlyFrom ? " (only from)" : "") + ` ${v.objectTypeId}/${v.setProperty.target}`, v]))(
    "round-trips %s",
    (_title, spec) => {
      const back = flowToSpec(specToFlow(spec), spec.name);
      expect(diffSpec(workflowDescriptor, back, spec).changes).toBe(false);
    },
  );

  it("writes a set-property action 0-5 with a static value, and a contact flow type for contacts", () => {
    const flow = specToFlow(variants[2]!) as any;
    expect(flow.type).toBe("CONTACT_FLOW");
    expect(flow.actions).toEqual([
      expect.objectContaining({ actionTypeId: "0-5", fields: { property_name: "hs_lead_status", value: { type: "STATIC_VALUE", staticValue: "NEW" } } }),
    ]);
  });

  it("reads an unrecognised flow as drift rather than failing", () => {
    const back = flowToSpec({ name: "x", objectTypeId: "0-3", actions: [{ type: "SINGLE_CONNECTION", actionTypeId: "0-4" }] }, "deal-won");
    expect(diffSpec(workflowDescriptor, back, base).changed).toEqual(expect.arrayContaining(["enrollment", "label", "setProperty"]));
  });

  it("rejects an enrolled-object target that makes no sense", () => {
    expect(checkKind(workflowKind, { ...base, objectTypeId: "0-1", setProperty: { ...base.setProperty, target: "associated-contacts" } })).toEqual([
      { property: "setProperty.target", reason: "a contact workflow sets its own contacts: use target enrolled" },
    ]);
  });
});
