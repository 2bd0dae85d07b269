/**
 * The command-line entry shared by both sandboxes: parse the common flags, start the server,
 * print its URL on the first line of stdout, and close it on SIGINT/SIGTERM.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { requireScenario, type Scenario } from "./scenario";

export interface CommonOptions {
  port: number;
  host: string;
  stateFile?: string;
  scenario: Scenario;
}

type ExtraOptions = NonNullable<ParseArgsConfig["options"]>;

export function serveUntilInterrupted<E extends ExtraOptions>(
  extra: E,
  start: (common: CommonOptions, values: Record<string, string | boolean | undefined>) => Promise<{ url: string; close(): Promise<void>; banner?: string }>,
): void {
  const run = async () => {
    const { values } = parseArgs({
      options: <ExtraOptions>{
        port: { type: "string", default: "0" },
        host: { type: "string", default: "127.0.0.1" },
        state: { type: "string" },
        scenario: { type: "string", default: "messy" },
        ...extra,
      },
    });
    const flags = values as Record<string, string | boolean | undefined>;
    const common: CommonOptions = { port: Number(flags.port), host: String(flags.host), stateFile: flags.state as string | undefined, scenario: requireScenario(flags.scenario) };
    const sandbox = await start(common, flags);
    console.log(sandbox.url);
    if (sandbox.banner) console.log(sandbox.banner);
    const stop = () => void sandbox.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
