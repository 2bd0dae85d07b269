/**
 * Runs a HubSpot sandbox until interrupted:
 *   tsx sandbox/hubspot/main.ts [--port N] [--host H] [--state file.json] [--scenario messy|empty] [--locked-lifecycle]
 * Prints the URL on the first line of stdout, then the token.
 */
import { parseArgs } from "node:util";
import { startHubSpotSandbox } from "./index";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      state: { type: "string" },
      scenario: { type: "string", default: "messy" },
      "locked-lifecycle": { type: "boolean", default: false },
    },
  });
  if (values.scenario !== "messy" && values.scenario !== "empty") throw new Error(`--scenario must be messy or empty, not ${values.scenario}`);
  const sandbox = await startHubSpotSandbox({
    port: Number(values.port),
    host: values.host,
    stateFile: values.state,
    scenario: values.scenario,
    lifecycleStageEditsLocked: values["locked-lifecycle"],
  });
  console.log(sandbox.url);
  console.log(`token: ${sandbox.token}`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
