/**
 * `hubspot:property-options`: the options of one enumeration property. HubSpot-defined properties
 * always exist, so create adopts them; custom ones (spec.create) are created, and archived on delete.
 * Retiring an option that records use needs a replacement: the records move first (see retirement.ts).
 */
import type { HubSpotPropertyOptionsSpec } from "../../../lifecycle/resources";
import { diffSpec } from "../../core/diff";
import { BowtieProviderError } from "../../core/errors";
import type { HandlerContext, KindHandler } from "../../core/kind";
import { checkWith } from "../check";
import { openSession, type HubSpotSession } from "../client";
import { countByValue, moveRecords } from "../records";
import { logPlannedMoves, planRetirements, valuesInUseError, type RetirementPlan } from "../retirement";
import { archiveProperty, createProperty, getProperty, setDefinition, setOptions, type LiveProperty } from "./api";
import { propertyOptionsDescriptor, type HubSpotPropertyOptionsState } from "./descriptor";
import { optionsLockedError, planOptions } from "./plan";
import { propertyOptionsSchema } from "./schema";

type Spec = HubSpotPropertyOptionsSpec;
type State = HubSpotPropertyOptionsState;

const site = (spec: Spec, field?: string) => ({ resource: spec.name, field });
const idOf = (spec: Spec) => `${spec.objectType}/${spec.property}`;

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
  };
}

async function requireLive(session: HubSpotSession, spec: Spec): Promise<LiveProperty> {
  const live = await getProperty(session, site(spec), spec.objectType, spec.property);
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

/** Everything that must hold before options change: the portal allows it and no record is stranded. */
async function safeRetirement(session: HubSpotSession, live: LiveProperty, spec: Spec): Promise<RetirementPlan> {
  const plan = planOptions(live.options, spec.options);
  if (plan.changed && live.readOnlyOptions) throw optionsLockedError(spec);
  const usage = await countByValue(session, site(spec, "options"), spec.objectType, spec.property, plan.retired);
  const retirement = planRetirements(usage, spec.replacements);
  if (retirement.blocked.length > 0) {
    throw valuesInUseError({
      resource: spec.name,
      field: "options",
      noun: `${spec.property} option`,
      recordNoun: spec.objectType,
      blocked: retirement.blocked,
      suggestedTarget: spec.options[0]?.value,
    });
  }
  return retirement;
}

const announce = (spec: Spec, plan: RetirementPlan, ctx: HandlerContext) =>
  logPlannedMoves(ctx.log, spec.name, spec.objectType, plan, (value) => `${spec.property}=${value}`);

/** Brings the live property to `spec`: add options, move records off retired ones, then remove them. */
async function apply(session: HubSpotSession, live: LiveProperty, spec: Spec, ctx: HandlerContext): Promise<State> {
  const retirement = await safeRetirement(session, live, spec);
  const plan = planOptions(live.options, spec.options);
  if (spec.create && !live.hubspotDefined) {
    const { label, groupName, description } = spec.create;
    if (label !== live.label || groupName !== live.groupName || (description ?? "") !== live.description) {
      await setDefinition(session, site(spec, "create"), spec.objectType, spec.property, spec.create);
    }
  }
  if (plan.changed) {
    if (retirement.migrations.length > 0) {
      await setOptions(session, site(spec, "options"), spec.objectType, spec.property, plan.interim);
      for (const move of retirement.migrations) {
        const moved = await moveRecords(session, site(spec, "replacements"), spec.objectType, { [spec.property]: move.from }, { [spec.property]: move.to });
        ctx.log(`${spec.name}: moved ${moved} ${spec.objectType} from ${spec.property}=${move.from} to ${move.to}`);
      }
    }
    await setOptions(session, site(spec, "options"), spec.objectType, spec.property, spec.options);
  }
  return stateFrom(await requireLive(session, spec), spec);
}

export const propertyOptionsHandler: KindHandler<Spec, State> = {
  descriptor: propertyOptionsDescriptor,

  check: (news) => checkWith(propertyOptionsSchema, news),

  async preflightCreate(news, ctx) {
    const session = openSession(ctx, site(news));
    const live = await getProperty(session, site(news), news.objectType, news.property);
    if (live) announce(news, await safeRetirement(session, live, news), ctx);
  },

  async diff(_id, olds, news, ctx) {
    const result = diffSpec(propertyOptionsDescriptor, olds, news);
    if (result.changes && result.replaces.length === 0) {
      const session = openSession(ctx, site(news));
      const live = await getProperty(session, site(news), news.objectType, news.property);
      if (live) announce(news, await safeRetirement(session, live, news), ctx);
    }
    return { changes: result.changes, replaces: result.replaces, changed: result.changed };
  },

  async create(news, ctx) {
    const session = openSession(ctx, site(news));
    const live = await getProperty(session, site(news), news.objectType, news.property);
    if (live) return { id: idOf(news), outs: await apply(session, live, news, ctx) };
    if (!news.create) await requireLive(session, news);
    await createProperty(session, site(news, "create"), { ...news, create: news.create! });
    return { id: idOf(news), outs: stateFrom(await requireLive(session, news), news) };
  },

  async read(_id, olds, ctx) {
    const session = openSession(ctx, site(olds));
    const live = await getProperty(session, site(olds), olds.objectType, olds.property);
    return live ? stateFrom(live, olds) : undefined;
  },

  async update(_id, _olds, news, ctx) {
    const session = openSession(ctx, site(news));
    return apply(session, await requireLive(session, news), news, ctx);
  },

  async delete(_id, olds, ctx) {
    if (olds.hubspotDefined || !olds.create) {
      ctx.log(`${olds.name}: ${olds.objectType}.${olds.property} is not Bowtie's to delete; its options stay as they are and Bowtie stops managing them.`);
      return;
    }
    // Archiving drops the values records carry: only a property no record uses is archived.
    const session = openSession(ctx, site(olds));
    const usage = await countByValue(session, site(olds), olds.objectType, olds.property, olds.options.map((o) => o.value));
    const inUse = [...usage.values()].reduce((sum, n) => sum + n, 0);
    if (inUse > 0) {
      ctx.log(`${olds.name}: ${inUse} ${olds.objectType} carry a ${olds.property} value, so Bowtie leaves the property in HubSpot and stops managing it.`);
      return;
    }
    await archiveProperty(session, site(olds), olds.objectType, olds.property);
  },
};
