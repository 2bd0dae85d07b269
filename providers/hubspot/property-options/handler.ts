/**
 * `hubspot:property-options`: the options of one enumeration property. HubSpot-defined properties
 * always exist, so create adopts them; custom ones (spec.create) are created, and archived on delete.
 * Retiring an option that records use needs a replacement: the records move first (see values.ts).
 */
import type { HubSpotPropertyOptionsSpec } from "../../../specs";
import { BowtieProviderError } from "../../core/errors";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { applyValueChange } from "../../core/values/guard";
import { valueChangeOf } from "../../core/values/holding";
import { openSession, type HubSpotSession } from "../client";
import { archiveProperty, createProperty, tryGetProperty, setDefinition, type LiveProperty } from "./api";
import { propertyOptionsId, type HubSpotPropertyOptionsState } from "./descriptor";
import { optionRecords, optionsTarget, propertyOptionsHolding } from "./values";

type Spec = HubSpotPropertyOptionsSpec;
type State = HubSpotPropertyOptionsState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });

function stateFrom(live: LiveProperty, spec: Spec): State {
  return {
    kind: "hubspot:property-options",
    name: spec.name,
    objectType: spec.objectType,
    property: spec.property,
    ...(spec.create ? { create: { label: live.label, groupName: live.groupName, description: live.description } } : {}),
    options: live.options,
    replacements: spec.replacements,
    hubspotDefined: live.hubspotDefined,
    ...(live.readOnlyOptions ? { readOnlyOptions: true } : {}),
  };
}

async function requireLive(session: HubSpotSession, spec: Spec): Promise<LiveProperty> {
  const live = await tryGetProperty(session, site(spec), spec.objectType, spec.property);
  if (!live) {
    throw new BowtieProviderError({
      resource: spec.name,
      field: "property",
      code: "HUBSPOT_PROPERTY_MISSING",
      message: `HubSpot has no ${spec.objectType} property named ${spec.property}.`,
      fix: "Check the property name; for a custom property, set `create` so Bowtie creates it.",
    });
  }
  return live;
}

/** Brings the live property to `spec`: add options, move records off retired ones, then remove them. */
async function apply(session: HubSpotSession, live: LiveProperty, spec: Spec, ctx: HandlerContext): Promise<State> {
  const state = stateFrom(live, spec);
  propertyOptionsHolding.requireChangeable!(state, spec);
  await applyValueChange(valueChangeOf(propertyOptionsHolding, state, spec), optionsTarget(session, spec, live.options), ctx);
  if (spec.create && !live.hubspotDefined) {
    const { label, groupName, description } = spec.create;
    if (label !== live.label || groupName !== live.groupName || (description ?? "") !== live.description) {
      await setDefinition(session, site(spec, "create"), spec.objectType, spec.property, spec.create);
    }
  }
  return stateFrom(await requireLive(session, spec), spec);
}

export const propertyOptionsHandler: KindHandler<Spec, State> = {
  async create(news, ctx, found) {
    const session = openSession(ctx, site(news));
    if (found) return { id: found.id, outs: await apply(session, await requireLive(session, news), news, ctx) };
    if (!news.create) await requireLive(session, news);
    await createProperty(session, site(news, "create"), { ...news, create: news.create! });
    return { id: propertyOptionsId(news), outs: stateFrom(await requireLive(session, news), news) };
  },

  async read(_id, olds, ctx) {
    const session = openSession(ctx, site(olds));
    const live = await tryGetProperty(session, site(olds), olds.objectType, olds.property);
    return live ? stateFrom(live, olds) : undefined;
  },

  async update(_id, _olds, news, ctx) {
    const session = openSession(ctx, site(news));
    return apply(session, await requireLive(session, news), news, ctx);
  },

  async delete(_id, olds, ctx) {
    if (olds.hubspotDefined || !olds.create) {
      ctx.emit({ type: "orphaned", resource: olds.name, reason: olds.hubspotDefined ? "standard-object" : "not-created" });
      return;
    }
    // Archiving drops the values records carry: only a property no record uses is archived.
    const session = openSession(ctx, site(olds));
    const usage = await optionRecords(session, olds).count(olds.options.map((o) => o.value));
    const inUse = [...usage.values()].reduce((sum, n) => sum + n, 0);
    if (inUse > 0) {
      ctx.emit({ type: "orphaned", resource: olds.name, reason: "in-use", inUse });
      return;
    }
    await archiveProperty(session, site(olds), olds.objectType, olds.property);
  },
};
