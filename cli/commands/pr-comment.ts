import * as path from "node:path";
import { lint } from "../../lifecycle/lint";
import { loadArchitecture } from "../../lifecycle/load";
import { renderProblems } from "../../lifecycle/problems";
import { projectRoot } from "../pulumi/toolchain";
import { planFromEvents } from "../report/plan";
import { renderPrComment } from "../report/pr-comment";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

const USAGE = `usage: bowtie pr-comment [-s <stack>] [-C <project dir>]
  Prints the stack's preview and the lint findings of its architecture (bowtie:architecture) as a
  Markdown pull-request comment, under GitHub's 65,536 characters.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseStackArgs(argv, {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stackName = values.stack!;
  try {
    const stack = await prepareStack(stackName, (line) => console.error(line), values.cwd);
    // The architecture the program previews: the stack's, resolved like stacks/index.ts does.
    const file = (await stack.stack.getAllConfig())["bowtie:architecture"]?.value ?? "lifecycle/default-architecture.ts";
    const loaded = loadArchitecture(path.resolve(projectRoot, file));
    if (!loaded.ok) {
      console.error(renderProblems(loaded.problems, file));
      return 1;
    }
    const changes = planFromEvents(await stack.preview());
    process.stdout.write(renderPrComment({ stack: stackName, changes, findings: lint(loaded.architecture) }));
    return 0;
  } catch (error) {
    console.error(`bowtie pr-comment: the preview failed.\n${failureMessage(error)}`);
    return 1;
  }
}
