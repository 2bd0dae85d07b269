/**
 * Production orgs deploy flows inactive unless Setup → Process Automation Settings has "Deploy
 * processes and flows as active" (Metadata `FlowSettings.enableFlowDeployAsActiveEnabled`);
 * sandboxes deploy them as saved. Bowtie detects which applies, so an active flow that only an
 * admin can activate is said in the preview and never shows as endless drift.
 */
import type { SalesforceFlowSpec } from "../../../specs";
import type { HandlerContext } from "../../core/kind";
import type { SalesforcePort } from "../port";

const isTrue = (value: unknown) => value === true || value === "true";

/** True when a deploy with `status: Active` activates the flow in this org. */
export async function deploysFlowsActive(port: SalesforcePort): Promise<boolean> {
  const [organization] = await port.query<{ IsSandbox?: boolean | string }>("SELECT IsSandbox FROM Organization");
  if (!organization || isTrue(organization.IsSandbox)) return true;
  const [settings] = await port.readMetadata("FlowSettings", ["Flow"]);
  return isTrue(settings?.enableFlowDeployAsActiveEnabled);
}

/** Emits `activation-required` when `spec` wants the flow active and the org deploys it inactive. */
export function reportActivation(spec: SalesforceFlowSpec, deploysActive: boolean, ctx: HandlerContext): void {
  if (spec.active && !deploysActive) ctx.emit({ type: "activation-required", resource: spec.name, flow: spec.flowName });
}

/**
 * The read-back flow as the diff should see it: a version that differs from the spec only in
 * being inactive, in an org where only an admin can activate it, reads as the spec wants (a new
 * deploy would change nothing), so it is not endless drift. Pure.
 */
export function pendingActivation(live: SalesforceFlowSpec, spec: SalesforceFlowSpec, deploysActive: boolean): SalesforceFlowSpec {
  return !deploysActive && spec.active && !live.active ? { ...live, active: true } : live;
}
