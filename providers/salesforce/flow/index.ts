import type { SalesforceFlowSpec } from "../../../specs";
import { flowSchema } from "../../../specs/salesforce/flow";
import { locateById, type KindDefinition } from "../../core/kind";
import { flowDescriptor } from "./descriptor";
import { flowHandler, flowResource } from "./handler";
import { flowReferences, requireReferencedFields } from "../preflight";
import { openPort } from "../port";
import { deploysFlowsActive, reportActivation } from "./activation";

/** `salesforce:flow`: a record-triggered flow; each deploy is a new version. */
export const flowKind: KindDefinition<SalesforceFlowSpec> = {
  kind: "salesforce:flow",
  schema: flowSchema,
  token: { module: "salesforce", type: "Flow" },
  descriptor: flowDescriptor,
  handler: flowHandler,
  report: { title: (s) => `Flow ${s.label} (${s.flowName})`, owner: "Salesforce admin", deleteImpact: () => "destroy" },
  locate: locateById(flowHandler, (s) => s.flowName),
  foundational: false,
  async preflight(spec, ctx) {
    await requireReferencedFields(spec, flowReferences(spec), flowResource(spec), ctx);
    if (spec.active) reportActivation(spec, await deploysFlowsActive(openPort(ctx, spec.name, flowResource(spec))), ctx);
  },
};
