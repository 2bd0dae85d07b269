import { planFromEvents } from "../report/plan";
import { renderPrComment } from "../report/pr-comment";
import { stackArchitecture } from "./stack-architecture";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

const USAGE = `usage: bowtie pr-comment [-s <stack>] [-C <project dir>]
  Prints the stack's preview against the live CRMs and the lint findings of its architecture
  (bowtie:architecture) as a Markdown pull-request comment, under GitHub's 65,536 characters.
  Lint error findings are the comment (no preview runs) and exit 1, unless bowtie:lintErrors is warn.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseStackArgs(argv, {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stackName = values.stack!;
  try {
    const stack = await prepareStack(stackName, (line) => console.error(line), values.cwd);
    const architecture = await stackArchitecture(stack.stack);
    if (!architecture.ok) {
      console.error(architecture.report);
      return 1;
    }
    if (architecture.blocking) {
      process.stdout.write(renderPrComment({ stack: stackName, changes: [], findings: architecture.findings, blocked: true }));
      return 1;
    }
    const changes = planFromEvents(await stack.preview({ refresh: true }));
    process.stdout.write(renderPrComment({ stack: stackName, changes, findings: architecture.findings }));
    return 0;
  } catch (error) {
    console.error(`bowtie pr-comment: the preview failed.\n${failureMessage(error)}`);
    return 1;
  }
}
