import { parseArgs } from "node:util";
import { crms, demoCredentials, resetSandbox, sandboxStatus, startSandbox, stopSandbox, type Crm, type SandboxStatus, type Scenario } from "../sandbox/services";

const USAGE = `usage: bowtie sandbox <start|stop|reset|status> [salesforce|hubspot] [--scenario messy|empty]
  Runs the local Salesforce and HubSpot sandboxes as background services on 127.0.0.1
  (ports 8710 and 8720; override with BOWTIE_SALESFORCE_SANDBOX_PORT / BOWTIE_HUBSPOT_SANDBOX_PORT).
  reset drops a sandbox's state and reseeds it (default scenario: messy).`;

function describe(status: SandboxStatus): string {
  if (!status.running) return `${status.crm.padEnd(10)}  stopped`;
  const creds = Object.entries(demoCredentials(status.crm)).map(([k, v]) => `${k}=${v}`).join("  ");
  return `${status.crm.padEnd(10)}  running  ${status.url}  (pid ${status.pid})\n            demo credentials: ${creds}`;
}

/** `bowtie sandbox start|stop|reset|status [crm] [--scenario messy|empty]`. */
export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: "string" }, help: { type: "boolean", short: "h" } } });
  const [action, only] = positionals;
  if (values.help || !action) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (only && !crms.includes(only as Crm)) {
    console.error(`bowtie sandbox: unknown CRM '${only}' (expected salesforce or hubspot)`);
    return 1;
  }
  const scenario = (values.scenario ?? "messy") as Scenario;
  if (scenario !== "messy" && scenario !== "empty") {
    console.error(`bowtie sandbox: --scenario must be messy or empty, not '${values.scenario}'`);
    return 1;
  }
  const targets = only ? [only as Crm] : [...crms];
  for (const crm of targets) {
    switch (action) {
      case "start":
        console.log(describe(await startSandbox(crm, scenario)));
        break;
      case "reset":
        console.log(describe(await resetSandbox(crm, scenario)));
        break;
      case "stop":
        console.log(`${crm.padEnd(10)}  ${(await stopSandbox(crm)) ? "stopped" : "was not running"}`);
        break;
      case "status":
        console.log(describe(await sandboxStatus(crm)));
        break;
      default:
        console.error(`bowtie sandbox: unknown action '${action}'\n${USAGE}`);
        return 1;
    }
  }
  return 0;
}
