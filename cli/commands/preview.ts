import { planFromEvents } from "../report/plan";
import { renderPlanText } from "../report/render-plan";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

const USAGE = `usage: bowtie preview [-s <stack>] [-C <project dir>] [--refresh]
  Shows what \`bowtie up\` would change in the CRMs of the stack, object by object and value by value.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseStackArgs(argv, { refresh: { type: "boolean" } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const stack = await prepareStack(values.stack!, (line) => console.error(line), values.cwd);
    process.stdout.write(renderPlanText(planFromEvents(await stack.preview({ refresh: values.refresh }))));
    return 0;
  } catch (error) {
    console.error(`bowtie preview failed.\n${failureMessage(error)}`);
    return 1;
  }
}
