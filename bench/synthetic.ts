/**
 * A large, valid architecture for the benchmarks, written with the authoring helpers: `stages`
 * lifecycle stages spread over the three domains and `pipelines` pipelines of eight stages
 * (every fourth a customer-success pipeline). Deterministic: the same sizes give the same input.
 */
import { automations, defineArchitecture, dropOff, field, lostStage, openStage, pipeline, retire, rules, stage, status, wonStage } from "../lifecycle/define";
import type { ArchitectureInput, PipelineInput } from "../lifecycle/schema";

export interface SyntheticSize {
  stages: number;
  pipelines: number;
}

export const largeSize: SyntheticSize = { stages: 200, pipelines: 50 };

const pad = (n: number, width = 3) => String(n).padStart(width, "0");
const domainOf = (index: number, total: number) => (index < total / 3 ? "lead" : index < (2 * total) / 3 ? "sales" : "customer");
const amount = field("Amount", { salesforce: "Amount", hubspot: "amount" });
const closeDate = field("Close Date", { salesforce: "CloseDate", hubspot: "closedate" });

function lifecycle(count: number) {
  return Array.from({ length: count }, (_, i) =>
    stage(`stage_${pad(i + 1)}`, {
      label: `Milestone ${pad(i + 1)} Reached`,
      domain: domainOf(i, count),
      definition: `The record has reached milestone ${i + 1} of the synthetic lifecycle.`,
      entry: [`Milestone ${i + 1} confirmed by the owner`, "Required fields filled"],
      exit: [`Milestone ${i + 2} confirmed: moves on`],
      owner: ["Marketing", "Sales", "Customer Success"][Math.floor((3 * i) / count)]!,
      slaDays: 7 + (i % 30),
      golden: i === Math.floor(count / 3) || i === Math.floor((2 * count) / 3) - 1,
    }),
  );
}

function dealPipeline(n: number, kind: "new-business" | "renewal" | "expansion"): PipelineInput {
  const key = (s: number) => `p${pad(n, 2)}_s${s}`;
  const open = [0.1, 0.2, 0.35, 0.5, 0.65, 0.8].map((probability, s) =>
    openStage(key(s + 1), {
      label: `Pipeline ${n} Step ${s + 1} Done`,
      entry: [`Step ${s + 1} entry criterion`],
      exit: [`Step ${s + 2} reached`],
      probability,
      forecastCategory: probability < 0.5 ? "Pipeline" : "BestCase",
      ...(s === 2 ? { required: [amount, closeDate] } : {}),
    }),
  );
  return pipeline({
    label: `Pipeline ${pad(n, 2)}`,
    kind,
    stages: [
      ...open,
      wonStage(key(7), { label: `Pipeline ${n} Won`, entry: ["Contract signed"], probability: 1, forecastCategory: "Closed", required: [amount, closeDate] }),
      lostStage(key(8), { label: `Pipeline ${n} Lost`, entry: ["Drop-off reason recorded"], probability: 0, forecastCategory: "Omitted" }),
    ],
  });
}

function successPipeline(n: number): PipelineInput {
  const key = (s: number) => `p${pad(n, 2)}_s${s}`;
  return pipeline({
    label: `Pipeline ${pad(n, 2)}`,
    kind: "customer-success",
    stages: [
      ...Array.from({ length: 7 }, (_, s) => openStage(key(s + 1), { label: `Pipeline ${n} Phase ${s + 1} Done`, entry: [`Phase ${s + 1} kickoff held`] })),
      lostStage(key(8), { label: `Pipeline ${n} Churned`, entry: ["Contract ended"] }),
    ],
  });
}

/** The synthetic architecture's input (validate it with `parseArchitecture`). */
export function syntheticArchitecture(size: SyntheticSize = largeSize): ArchitectureInput {
  const stages = lifecycle(size.stages);
  const dealKinds = ["new-business", "renewal", "expansion"] as const;
  const pipelines = Object.fromEntries(
    Array.from({ length: size.pipelines }, (_, i) => {
      const n = i + 1;
      return [`pipeline_${pad(n, 2)}`, n % 4 === 0 ? successPipeline(n) : dealPipeline(n, dealKinds[i % 3]!)];
    }),
  );
  const firstSales = stages.find((s) => s.domain === "sales")!.key;
  const lastStage = stages[stages.length - 1]!.key;
  return defineArchitecture({
    name: `Synthetic ${size.stages} stages, ${size.pipelines} pipelines`,
    lifecycle: stages,
    statuses: [
      status("new", { label: "New", definition: "Not yet worked." }),
      status("working", { label: "Working", definition: "Outreach in progress." }),
      status("qualified", { label: "Qualified", definition: "Converted.", kind: "converted" }),
      status("disqualified", { label: "Disqualified", definition: "Not pursued.", kind: "disqualified" }),
    ],
    pipelines,
    dropOffReasons: [dropOff("no_budget", "No Budget", ["lead", "opportunity"]), dropOff("price", "Price", ["opportunity"])],
    rules: [rules.forwardOnlyLifecycle(), rules.requiredFieldsOnEntry(), rules.dropOffReasonRequired(), rules.stageRequiresOpportunity(firstSales)],
    automations: [
      automations.dealCreated(firstSales),
      automations.dealWon(lastStage),
      automations.meetingBooked(stages[1]!.key, { unlessAtOrBeyond: firstSales }),
      automations.companyRollup(),
    ],
    replacements: {
      lifecycle: [retire("Legacy Stage", stages[0]!.key)],
      statuses: [retire("Open", "new")],
      pipelines: { pipeline_01: [retire("Prospecting", "p01_s1", "salesforce")] },
    },
  });
}
