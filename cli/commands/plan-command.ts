import type { EngineEvent } from "@pulumi/pulumi/automation";
import { OperationFailed, type OpenStack } from "../pulumi/stack";
import { hasAppliedEvents, planFromEvents } from "../report/plan";
import { completedResources, progressReporter } from "../report/progress";
import { renderPlanText } from "../report/render-plan";
import { stackArchitecture } from "./stack-architecture";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

/**
 * `bowtie preview` and `bowtie up` differ only in the operation they run: both lint the stack's
 * architecture first (error findings stop them before any CRM call), refresh from the live CRMs
 * (as `options.refresh: always` in Pulumi.yaml does for plain `pulumi`) and print the plan, object
 * by object and value by value.
 */
export function planCommand(name: "preview" | "up", summary: string, operation: (stack: OpenStack, progress: (event: EngineEvent) => void) => Promise<EngineEvent[]>) {
  const usage = `usage: bowtie ${name} [-s <stack>] [-C <project dir>]\n  ${summary}\n  Compares with the live CRMs, read at the start of the run.`;
  return async function run(argv: string[]): Promise<number> {
    // --refresh is what every run does now; still accepted so existing scripts keep working.
    const { values } = parseStackArgs(argv, { refresh: { type: "boolean" } });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    try {
      const stack = await prepareStack(values.stack!, (line) => console.error(line), values.cwd);
      const architecture = await stackArchitecture(stack.stack);
      if (!architecture.ok || architecture.blocking) {
        console.error(`bowtie ${name}: stopped before any CRM call.\n${architecture.ok ? architecture.blocking : architecture.report}`);
        return 1;
      }
      const progress = progressReporter(name === "up" ? "apply" : "preview", (line) => console.error(line));
      process.stdout.write(renderPlanText(planFromEvents(await operation(stack, progress)), { applied: name === "up" }));
      return 0;
    } catch (error) {
      // What an interrupted `up` already did (objects written, records moved) matters as much as why it stopped.
      if (name === "up" && error instanceof OperationFailed) {
        const completed = completedResources(error.events);
        const done = planFromEvents(error.events).filter((change) => completed.has(change.name) || hasAppliedEvents(change));
        if (done.length > 0) process.stdout.write(`Done before it stopped:\n${renderPlanText(done, { applied: true })}`);
      }
      console.error(`bowtie ${name} failed.\n${failureMessage(error)}`);
      return 1;
    }
  };
}
