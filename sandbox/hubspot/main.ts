/**
 * Runs a HubSpot sandbox until interrupted:
 *   tsx sandbox/hubspot/main.ts [--port N] [--host H] [--state file.json] [--scenario messy|empty] [--locked-lifecycle]
 *     [--ten-secondly 100|190] [--search-lag-ms N]
 * Prints the URL on the first line of stdout, then the token.
 */
import { serveUntilInterrupted } from "../common/serve";
import { startHubSpotSandbox } from "./index";

const options = {
  "locked-lifecycle": { type: "boolean", default: false },
  "ten-secondly": { type: "string" },
  "search-lag-ms": { type: "string" },
} as const;

serveUntilInterrupted(options, async (common, values) => {
  const tenSecondly = values["ten-secondly"] === undefined ? undefined : Number(values["ten-secondly"]);
  const sandbox = await startHubSpotSandbox({
    ...common,
    lifecycleStageEditsLocked: values["locked-lifecycle"] === true,
    ...(values["search-lag-ms"] === undefined ? {} : { searchLagMs: Number(values["search-lag-ms"]) }),
    ...(tenSecondly === undefined ? {} : { rateLimits: { tenSecondly } }),
  });
  return { url: sandbox.url, close: () => sandbox.close(), banner: `token: ${sandbox.token}` };
});
