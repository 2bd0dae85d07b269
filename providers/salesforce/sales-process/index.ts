import type { SalesforceSalesProcessSpec } from "../../../specs";
import { salesProcessSchema } from "../../../specs/salesforce/sales-process";
import { locateById, type KindDefinition } from "../../core/kind";
import { processFullName, salesProcessDescriptor } from "./descriptor";
import { salesProcessHandler } from "./handler";

/** `salesforce:sales-process`: a BusinessProcess and the RecordType that selects it; delete deactivates both. */
export const salesProcessKind: KindDefinition<SalesforceSalesProcessSpec> = {
  kind: "salesforce:sales-process",
  schema: salesProcessSchema,
  token: { module: "salesforce", type: "SalesProcess" },
  descriptor: salesProcessDescriptor,
  handler: salesProcessHandler,
  report: {
    title: (s) => `Sales process ${s.label} (${s.processName})`,
    items: (s) => s.stages.map((stage) => ({ key: stage, label: stage })),
    owner: "Salesforce admin",
    deleteImpact: () => "destroy",
  },
  locate: locateById(salesProcessHandler, processFullName),
  foundational: false,
};
