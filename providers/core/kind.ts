import type { z } from "zod";
import type { DiffDescriptor } from "./diff";
import type { ValueHolding, ValueHoldingSpec } from "./values/holding";
import type { ProviderEvent } from "./events";
import type { ConnectionSettings } from "./settings";

/** What a handler needs at run time. Built inside the provider process, never serialized. */
export interface HandlerContext {
  settings: ConnectionSettings;
  /** What the CLI reports (records moved, adoptions): data, decoded by the CLI. */
  emit: (event: ProviderEvent) => void;
}

export interface CheckFailure {
  property: string;
  reason: string;
}

/**
 * One resource kind's CRUD against its CRM, over plain-JSON specs (`specs/`). The diff is the
 * kind's descriptor's (`providers/operations.ts`), never the handler's.
 * Invariants (Pulumi's): create is transactional or adopts what `found` names; a failed delete
 * means the resource still exists; `read` returns the live state in the spec's shape, so that the
 * diff of `read(live)` against the spec is exactly the drift.
 */
export interface KindHandler<Spec extends object, State extends Spec = Spec> {
  /** Creates the object, or adopts `found` (what the kind's `locate` found) and brings it to `news`. */
  create(news: Spec, ctx: HandlerContext, found?: Located<State>): Promise<{ id: string; outs: State }>;
  /** Live state, or undefined when the object no longer exists. */
  read(id: string, olds: State, ctx: HandlerContext): Promise<State | undefined>;
  update(id: string, olds: State, news: Spec, ctx: HandlerContext): Promise<State>;
  delete(id: string, olds: State, ctx: HandlerContext): Promise<void>;
}

/** The Pulumi type token of a kind (`pulumi-nodejs:dynamic/<module>:<type>`): part of the state contract. */
export interface TypeToken {
  /** The CRM the kind lives in. */
  module: "salesforce" | "hubspot";
  type: string;
  /** Earlier tokens of the same kind, so a rename never replaces resources in existing stacks. */
  aliases?: ReadonlyArray<{ module: string; type: string }>;
}

/** One item inside a resource that a person thinks of on its own: a picklist value, an option, a stage. */
export interface ReportItem {
  key: string;
  label: string;
  [field: string]: unknown;
}

/** What deleting a resource does in the CRM: `orphan` leaves the CRM object as it is and stops managing it. */
export type DeleteImpact = "destroy" | "orphan";

/** How reports speak about one kind. Each kind declares its own answers; renderers never branch on kind. */
export interface KindReport<Spec, State extends Spec = Spec> {
  /** What the resource is, in the CRM's terms. */
  title: (spec: Spec) => string;
  /** The resource's items, when it has any (values, options, stages). */
  items?: (spec: Spec) => ReportItem[];
  /** Who fixes drift on this kind. */
  owner: string;
  /** What `delete` does to the CRM object, from the last known state. */
  deleteImpact: (olds: State) => DeleteImpact;
}

/** The CRM object a spec names, found as `create` would adopt it: its id and read-back state. */
export interface Located<State> {
  id: string;
  state: State;
}

/**
 * Everything Bowtie knows about one resource kind, in one place. `providers/kinds.ts` holds one per
 * kind of `ResourceSpec` in a typed record, so a kind without a definition fails to compile.
 */
export interface KindDefinition<Spec extends { kind: string; name: string }, State extends Spec = Spec> {
  kind: Spec["kind"];
  /** The spec's zod schema (the spec type is inferred from it); `check` runs it, no I/O. */
  schema: z.ZodType<Spec>;
  token: TypeToken;
  descriptor: DiffDescriptor<Spec>;
  handler: KindHandler<Spec, State>;
  report: KindReport<Spec, State>;
  /**
   * Finds the CRM object `spec` names, the way `create` adopts it; undefined when there is none.
   * Reads only. Used by `create` and by `bowtie import`'s adoption check.
   */
  locate(spec: Spec, ctx: HandlerContext): Promise<Located<State> | undefined>;
  /** Other kinds refer to this kind's values (value sets, fields, options, pipelines): declared first. */
  foundational: boolean;
  /**
   * Reads only: refuses, in the preview (of a create and of an update), a spec the CRM would refuse
   * on deploy for a reason Bowtie can see beforehand (e.g. fields a rule references that the org
   * lacks), so the preview names it instead of `up` failing half-way.
   */
  preflight?(spec: Spec, ctx: HandlerContext): Promise<void>;
  /**
   * Set for kinds whose values records carry: every preview (a create that adopts, an update) runs
   * the data-safety guard against the live object, and the handler applies through the same engine.
   */
  values?: Spec extends ValueHoldingSpec ? ValueHolding<Spec, State> : never;
}

/** `locate` for kinds whose CRM id follows from the spec (Salesforce metadata names): a read of that id. */
export function locateById<Spec extends object, State extends Spec>(handler: KindHandler<Spec, State>, idOf: (spec: Spec) => string) {
  return async (spec: Spec, ctx: HandlerContext): Promise<Located<State> | undefined> => {
    const id = idOf(spec);
    // The spec stands in for the last known state: these kinds keep nothing in state beyond it.
    const state = await handler.read(id, spec as State, ctx);
    return state && { id, state };
  };
}

/** The engine's spelling of a type token, as in a URN: `pulumi-nodejs:dynamic/salesforce:ValueSet`. */
export const typeTokenString = (token: { module: string; type: string }) => `pulumi-nodejs:dynamic/${token.module}:${token.type}`;
