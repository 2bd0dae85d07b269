import type { Architecture, LifecycleStage, Pipeline, PipelineStage } from "../schema";

/** Lowercase words: `"Renewal-120 Days"` → `"renewal 120 days"`; keeps `%`. */
export function words(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]+/g, " ").trim();
}

export interface LifecycleItem {
  stage: LifecycleStage;
  index: number;
  path: (string | number)[];
}

export interface PipelineStageItem {
  pipelineKey: string;
  pipeline: Pipeline;
  stage: PipelineStage;
  index: number;
  path: (string | number)[];
}

export function lifecycleItems(arch: Architecture): LifecycleItem[] {
  return arch.lifecycle.map((stage, index) => ({ stage, index, path: ["lifecycle", index] }));
}

export function pipelineStageItems(arch: Architecture): PipelineStageItem[] {
  return Object.entries(arch.pipelines).flatMap(([pipelineKey, pipeline]) =>
    pipeline.stages.map((stage, index) => ({ pipelineKey, pipeline, stage, index, path: ["pipelines", pipelineKey, "stages", index] })),
  );
}

/** Every named stage-like item (lifecycle stages, pipeline stages) with the texts a name check reads. */
export function namedStages(arch: Architecture): { path: (string | number)[]; label: string; texts: string[] }[] {
  const texts = (s: { key: string; label: string; names: { salesforce?: string; hubspot?: string } }) =>
    [s.label, s.key.replace(/_/g, " "), s.names.salesforce, s.names.hubspot].filter((t): t is string => t !== undefined);
  return [
    ...lifecycleItems(arch).map(({ stage, path }) => ({ path, label: stage.label, texts: texts(stage) })),
    ...pipelineStageItems(arch).map(({ stage, path }) => ({ path, label: stage.label, texts: texts(stage) })),
  ];
}
