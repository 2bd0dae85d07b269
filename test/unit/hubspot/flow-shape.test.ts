import { describe, expect, it } from "vitest";
import type { HubSpotWorkflowSpec } from "../../../specs";
import { diffSpec } from "../../../providers/core/diff";
import { workflowDescriptor } from "../../../providers/hubspot/workflow/descriptor";
import { flowCreateBody, flowToSpec, flowUpdateBody } from "../../../providers/hubspot/workflow/flow-shape";
import { workflowKind } from "../../../providers/hubspot/workflow";
import { checkKind } from "../../../providers/operations";
import { flowCreateRequest, flowPutRequest } from "../../../sandbox/hubspot/contract/flows";

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
  { ...base, enrollment: { property: "dealstage", operator: "IS_KNOWN", values: [] }, setProperty: { ...base.setProperty, onlyFrom: ["subscriber"] } },
];
const titled = variants.map((v) => [`${v.label}${v.setProperty.onlyFrom ? " (only from)" : ""} ${v.objectTypeId}/${v.setProperty.target}/${v.enrollment.operator}`, v] as const);

/** A filter tree rooted in AND, as a flow edited elsewhere may have it (HubSpot stores OR → AND). */
function andRooted(flow: any): any {
  const unwrap = (tree: any) => tree.filterBranches[0];
  return {
    ...flow,
    enrollmentCriteria: { ...flow.enrollmentCriteria, listFilterBranch: unwrap(flow.enrollmentCriteria.listFilterBranch) },
    actions: flow.actions.map((a: any) => (a.type === "LIST_BRANCH" ? { ...a, listBranches: a.listBranches.map((b: any) => ({ ...b, filterBranch: unwrap(b.filterBranch) })) } : a)),
  };
}

describe("workflow ↔ flow mapping", () => {
  it.each(titled)("round-trips %s", (_title, spec) => {
    const back = flowToSpec(flowCreateBody(spec), spec.name);
    expect(diffSpec(workflowDescriptor, back, spec).changes).toBe(false);
  });

  it.each(titled)("sends a create and a PUT body HubSpot's schema accepts: %s", (_title, spec) => {
    expect(flowCreateRequest.safeParse(flowCreateBody(spec)).error?.issues).toBeUndefined();
    expect(flowPutRequest.safeParse(flowUpdateBody(spec, "7")).error?.issues).toBeUndefined();
  });

  it("creates with flowType, objectTypeId and dataSources; PUTs without them, with the revision", () => {
    const create = flowCreateBody(variants[1]!);
    expect(create).toMatchObject({ type: "PLATFORM_FLOW", flowType: "WORKFLOW", objectTypeId: "0-3", dataSources: [] });
    expect(create).not.toHaveProperty("nextAvailableActionId");
    expect(create).not.toHaveProperty("suppressionListIds");
    const put = flowUpdateBody(variants[1]!, "7");
    expect(put).toMatchObject({ revisionId: "7" });
    for (const field of ["flowType", "objectTypeId", "dataSources", "nextAvailableActionId"]) expect(put).not.toHaveProperty(field);
    expect(flowCreateBody(variants[2]!)).toMatchObject({ type: "CONTACT_FLOW", suppressionListIds: [], canEnrollFromSalesforce: false });
  });

  it("says whether objects without a value enroll, for IS_KNOWN too", () => {
    const filter = (flowCreateBody(variants[2]!) as any).enrollmentCriteria.listFilterBranch.filterBranches[0].filters[0];
    expect(filter.operation).toEqual({ operationType: "ALL_PROPERTY", operator: "IS_KNOWN", includeObjectsWithNoValueSet: false });
  });

  it("roots the only-from branch filter in OR → AND, as HubSpot keeps it, and reads either shape back without drift", () => {
    const flow = flowCreateBody(variants[1]!) as any;
    const branch = flow.actions.find((a: any) => a.type === "LIST_BRANCH").listBranches[0].filterBranch;
    expect(branch.filterBranchType).toBe("OR");
    expect(branch.filterBranches[0].filterBranchType).toBe("AND");
    for (const shape of [flow, andRooted(flow)]) expect(diffSpec(workflowDescriptor, flowToSpec(shape, "deal-won"), variants[1]!).changes).toBe(false);
  });

  it("writes a set-property action 0-5 with a static value, and a contact flow type for contacts", () => {
    const flow = flowCreateBody(variants[2]!) as any;
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
