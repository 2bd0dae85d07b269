import { driftItems } from "../report/drift";
import { planFromEvents } from "../report/plan";
import { progressReporter } from "../report/progress";
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from "../report/render-drift";
import { failureMessage, parseStackArgs, prepareStack } from "./stack-command";

const USAGE = `usage: bowtie drift [-s <stack>] [-C <project dir>] [--json | --markdown]
  Refreshes the stack from the live CRMs and reports each item that differs from the architecture.
  Exit codes: 0 no drift, 2 drift found, 1 error (the check could not run).`;

export const DRIFT_EXIT = { none: 0, error: 1, drift: 2 } as const;

/** `bowtie drift -s <env>`: preview with refresh, rendered as a drift report. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseStackArgs(argv, { json: { type: "boolean" }, markdown: { type: "boolean" } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stackName = values.stack!;
  try {
    const stack = await prepareStack(stackName, (line) => console.error(line), values.cwd);
    const state = await stack.stack.exportStack();
    if (!state.deployment?.resources?.some((r: { type: string }) => r.type.startsWith("pulumi-nodejs:dynamic/"))) {
      console.error(`bowtie drift: stack ${stackName} has never been applied, so there is nothing to compare. Run \`bowtie up -s ${stackName}\` first.`);
      return DRIFT_EXIT.error;
    }
    const items = driftItems(planFromEvents(await stack.preview({ refresh: true, progress: progressReporter("preview", (line) => console.error(line)) })));
    const render = values.json ? renderDriftJson : values.markdown ? renderDriftMarkdown : renderDriftText;
    process.stdout.write(render(items, stackName));
    return items.length > 0 ? DRIFT_EXIT.drift : DRIFT_EXIT.none;
  } catch (error) {
    console.error(`bowtie drift: the check could not run.\n${failureMessage(error)}`);
    return DRIFT_EXIT.error;
  }
}
