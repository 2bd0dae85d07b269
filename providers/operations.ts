/**
 * The provider operations over one kind's definition, in process: what `runtime.ts` runs for the
 * engine, and what `bowtie import` and the contract tests call directly. Written once for every
 * kind: adoption (a create first `locate`s the CRM object the spec names), the diff (the kind's
 * descriptor), and the data-safety guard of every preview of a kind that holds values.
 */
import type { ResourceSpec } from "../specs";
import { checkSpec } from "./core/check";
import { diffSpec, type PropertyDiff } from "./core/diff";
import type { CheckFailure, HandlerContext, KindDefinition, Located } from "./core/kind";
import { previewValueChange, type ValueHolding, type ValueHoldingSpec } from "./core/values/holding";


/** Validates a spec with its kind's schema. No I/O. */
export const checkKind = (definition: Pick<KindDefinition<any, any>, "schema">, news: unknown): CheckFailure[] => checkSpec(definition.schema, news);

/** The data-safety guard against what the CRM holds now, for kinds that hold values. */
async function guardValues<Spec extends ResourceSpec>(definition: KindDefinition<Spec, any>, live: object, news: Spec, ctx: HandlerContext): Promise<void> {
  const holding = definition.values as ValueHolding<ValueHoldingSpec> | undefined;
  if (holding) await previewValueChange(holding, live as ValueHoldingSpec, news as ValueHoldingSpec, ctx);
}

/**
 * The preview of a create: finds what it would adopt and, for a kind that holds values, checks the
 * adoption against the live values, so a first adoption fails in the preview, not half-way through `up`.
 */
export async function previewCreate<Spec extends ResourceSpec, State extends Spec>(definition: KindDefinition<Spec, State>, news: Spec, ctx: HandlerContext): Promise<Located<State> | undefined> {
  await definition.preflight?.(news, ctx);
  const found = await definition.locate(news, ctx);
  if (!found) return undefined;
  ctx.emit({ type: "planned-adopt", resource: news.name, crmId: found.id });
  await guardValues(definition, found.state, news, ctx);
  return found;
}

/**
 * The diff of a spec against the last known (or refreshed) state. When it would update a kind that
 * holds values, the guard runs against the live object (not the last known state: an admin may have
 * added a value and put records on it since). `diff(x, x)` is empty and reads nothing.
 */
export async function diffKind<Spec extends ResourceSpec, State extends Spec>(definition: KindDefinition<Spec, State>, id: string, olds: State, news: Spec, ctx: HandlerContext): Promise<PropertyDiff> {
  const result = diffSpec(definition.descriptor, olds, news);
  if (result.changes) await definition.preflight?.(news, ctx);
  if (result.changes && result.replaces.length === 0 && definition.values) {
    const live = await definition.handler.read(id, olds, ctx);
    if (live) await guardValues(definition, live, news, ctx);
  }
  return result;
}

/** Creates the CRM object, or adopts the one the spec names and brings it to the spec. */
export async function createKind<Spec extends ResourceSpec, State extends Spec>(definition: KindDefinition<Spec, State>, news: Spec, ctx: HandlerContext): Promise<{ id: string; outs: State }> {
  const found = await definition.locate(news, ctx);
  if (found) ctx.emit({ type: "adopted", resource: news.name, crmId: found.id });
  return definition.handler.create(news, ctx, found);
}
