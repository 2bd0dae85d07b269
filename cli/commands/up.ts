import { planFromEvents } from "../report/plan";
import { renderPlanText } from "../report/render-plan";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

const USAGE = `usage: bowtie up [-s <stack>] [-C <project dir>] [--refresh]
  Applies the architecture to the CRMs of the stack (pulumi up), then prints what changed.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseStackArgs(argv, { refresh: { type: "boolean" } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const stack = await prepareStack(values.stack!, (line) => console.error(line), values.cwd);
    process.stdout.write(renderPlanText(planFromEvents(await stack.up({ refresh: values.refresh }))));
    return 0;
  } catch (error) {
    console.error(`bowtie up failed.\n${failureMessage(error)}`);
    return 1;
  }
}
