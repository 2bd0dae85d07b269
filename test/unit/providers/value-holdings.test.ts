import { describe, expect, it } from "vitest";
import { valueChangeOf } from "../../../providers/core/values/holding";
import { pipelineHolding } from "../../../providers/hubspot/pipeline/values";
import { propertyOptionsHolding } from "../../../providers/hubspot/property-options/values";
import { picklistFieldHolding } from "../../../providers/salesforce/picklist-field/values";
import { valueSetHolding } from "../../../providers/salesforce/value-set/values";
import type { HubSpotPipelineSpec, HubSpotPropertyOptionsSpec, SalesforcePicklistFieldSpec, SalesforceValueSetSpec } from "../../../specs";
import { specNamed } from "../../support/specs";

describe("value holdings", () => {
  it("a live object that holds exactly the spec's values is no change, on every value-holding kind", () => {
    const valueSet = specNamed<SalesforceValueSetSpec>("sf-value-set-lead-status");
    const field = specNamed<SalesforcePicklistFieldSpec>("sf-field-lead-lifecycle-stage");
    const options = specNamed<HubSpotPropertyOptionsSpec>("hs-options-contacts-lifecyclestage");
    const pipeline = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-renewal");
    const pipelineState = { ...pipeline, pipelineId: "7000001", stageIds: Object.fromEntries(pipeline.stages.map((s, i) => [s.key, String(900 + i)])) };
    const changes = [
      valueChangeOf(valueSetHolding, valueSet, valueSet),
      valueChangeOf(picklistFieldHolding, field, field),
      valueChangeOf(propertyOptionsHolding, { ...options, hubspotDefined: true }, options),
      valueChangeOf(pipelineHolding, pipelineState, pipeline),
    ];
    for (const change of changes) expect(change.live).toEqual(change.desired);
  });

  it("names a pipeline's live stages by the spec's keys: known ids, then id = key, then label; unknown stages by id", () => {
    const spec = specNamed<HubSpotPipelineSpec>("hs-pipeline-deals-renewal");
    const [first, second] = spec.stages;
    const state = {
      ...spec,
      pipelineId: "7000001",
      stageIds: { [first!.key]: "901" },
      stages: [
        { ...first!, key: first!.key },
        { ...second!, key: "902" },
        { key: "903", label: "Legacy 90 days", displayOrder: 9, metadata: { probability: "0.2" } },
      ],
    };
    expect(pipelineHolding.liveValues(state, spec)).toEqual([first!.key, second!.key, "903"]);
  });
});
