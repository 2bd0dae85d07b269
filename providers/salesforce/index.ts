import type { SalesforceResourceSpec } from "../../lifecycle/resources";
import type { KindHandler } from "../core/kind";
import { flowHandler } from "./flow/handler";
import { picklistFieldHandler } from "./picklist-field/handler";
import { salesProcessHandler } from "./sales-process/handler";
import { validationRuleHandler } from "./validation-rule/handler";
import { valueSetHandler } from "./value-set/handler";

/** One handler per Salesforce kind; a kind without one fails to compile. */
export const salesforceHandlers: { [K in SalesforceResourceSpec["kind"]]: KindHandler<Extract<SalesforceResourceSpec, { kind: K }>, any> } = {
  "salesforce:value-set": valueSetHandler,
  "salesforce:picklist-field": picklistFieldHandler,
  "salesforce:sales-process": salesProcessHandler,
  "salesforce:validation-rule": validationRuleHandler,
  "salesforce:flow": flowHandler,
};
