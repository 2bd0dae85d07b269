/**
 * Runs the Salesforce sandbox until interrupted:
 *   tsx sandbox/salesforce/main.ts [--port N] [--host H] [--state file.json] [--scenario messy|empty]
 * Prints the URL (login and instance URL) on stdout.
 */
import { parseArgs } from "node:util";
import { startSalesforceSandbox } from "./index";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      state: { type: "string" },
      scenario: { type: "string", default: "messy" },
    },
  });
  if (values.scenario !== "messy" && values.scenario !== "empty") throw new Error(`--scenario must be messy or empty, not ${values.scenario}`);
  const sandbox = await startSalesforceSandbox({ port: Number(values.port), host: values.host, stateFile: values.state, scenario: values.scenario });
  console.log(sandbox.url);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
