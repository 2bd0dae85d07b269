/**
 * Runs a HubSpot sandbox until interrupted:
 *   tsx sandbox/hubspot/main.ts [--port N] [--host H] [--state file.json] [--scenario messy|empty] [--locked-lifecycle]
 * Prints the URL on the first line of stdout, then the token.
 */
import { serveUntilInterrupted } from "../common/serve";
import { startHubSpotSandbox } from "./index";

serveUntilInterrupted({ "locked-lifecycle": { type: "boolean", default: false } }, async (common, values) => {
  const sandbox = await startHubSpotSandbox({ ...common, lifecycleStageEditsLocked: values["locked-lifecycle"] === true });
  return { url: sandbox.url, close: () => sandbox.close(), banner: `token: ${sandbox.token}` };
});
