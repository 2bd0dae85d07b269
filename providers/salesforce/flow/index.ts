import type { SalesforceFlowSpec } from "../../../specs";
import { flowSchema } from "../../../specs/salesforce/flow";
import { locateById, type KindDefinition } from "../../core/kind";
import { flowDescriptor } from "./descriptor";
import { flowHandler } from "./handler";

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
};
