/**
 * Runs the Salesforce sandbox until interrupted:
 *   tsx sandbox/salesforce/main.ts [--port N] [--host H] [--state file.json] [--scenario messy|empty]
 * Prints the URL (login and instance URL) on stdout.
 */
import { serveUntilInterrupted } from "../common/serve";
import { startSalesforceSandbox } from "./index";

serveUntilInterrupted({}, (common) => startSalesforceSandbox(common));
