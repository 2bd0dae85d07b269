import { isDealPipeline } from "../../schema";
import type { LintRule } from "../types";
import { pipelineStageItems, words } from "../walk";

const CS_WORDS = /\b(pre ?)?onboard|\bimplementation\b|\badoption\b|\bkick ?off\b|\bgo ?live\b|\bhealth\b|\bchurn/;

/** Gotcha: putting Customer Success stages in a sales pipeline. */
export const csStageInSalesPipeline: LintRule = {
  code: "BT004",
  severity: "error",
  summary: "Customer-success stages belong in a dedicated CS pipeline, not in a deal pipeline.",
  check: (arch) => {
    const customerStages = new Set(arch.lifecycle.filter((s) => s.domain === "customer").map((s) => s.key));
    return pipelineStageItems(arch)
      .filter(({ pipeline, stage }) => isDealPipeline(pipeline) && (CS_WORDS.test(words(stage.label)) || (stage.lifecycle !== undefined && customerStages.has(stage.lifecycle))))
      .map(({ pipelineKey, stage, path }) => ({
        path: [...path, "label"],
        message: `deal pipeline "${pipelineKey}" contains the customer-success stage "${stage.label}", mixing customer health into revenue forecasting`,
        fix: "move the stage to a pipeline of kind customer-success (HubSpot tickets; a Salesforce Account field)",
      }));
  },
};
