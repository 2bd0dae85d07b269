import type { EngineEvent } from "@pulumi/pulumi/automation";
import { OperationFailed, type OpenStack } from "../pulumi/stack";
import { hasAppliedEvents, planFromEvents } from "../report/plan";
import { renderPlanText } from "../report/render-plan";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

/**
 * `bowtie preview` and `bowtie up` differ only in the operation they run: both print the plan,
 * object by object and value by value.
 */
export function planCommand(name: "preview" | "up", summary: string, operation: (stack: OpenStack, refresh?: boolean) => Promise<EngineEvent[]>) {
  const usage = `usage: bowtie ${name} [-s <stack>] [-C <project dir>] [--refresh]\n  ${summary}`;
  return async function run(argv: string[]): Promise<number> {
    const { values } = parseStackArgs(argv, { refresh: { type: "boolean" } });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    try {
      const stack = await prepareStack(values.stack!, (line) => console.error(line), values.cwd);
      process.stdout.write(renderPlanText(planFromEvents(await operation(stack, values.refresh)), { applied: name === "up" }));
      return 0;
    } catch (error) {
      // What an interrupted `up` already did (records moved, values changed) matters as much as why it stopped.
      if (name === "up" && error instanceof OperationFailed) {
        const done = planFromEvents(error.events).filter(hasAppliedEvents);
        if (done.length > 0) process.stdout.write(`Done before it stopped:\n${renderPlanText(done, { applied: true })}`);
      }
      console.error(`bowtie ${name} failed.\n${failureMessage(error)}`);
      return 1;
    }
  };
}
