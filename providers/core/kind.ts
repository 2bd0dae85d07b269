import type { DiffDescriptor } from "./diff";
import type { ConnectionSettings } from "./settings";

/** What a handler needs at run time. Built inside the provider process, never serialized. */
export interface HandlerContext {
  settings: ConnectionSettings;
  /** Progress and warnings; shown by the engine, never given secrets. */
  log: (message: string) => void;
}

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface KindDiff {
  changes: boolean;
  replaces: string[];
  /** Changed top-level properties, for the preview. */
  changed: string[];
}

/**
 * One resource kind's CRUD against its CRM, over plain-JSON specs (`lifecycle/resources.ts`).
 * Invariants (Pulumi's): create is transactional or adopts what exists; a failed delete means the
 * resource still exists; `read` returns the live state in the spec's shape, so that
 * `diff(read(live), spec)` is exactly the drift; `diff(x, x)` reports no changes.
 */
export interface KindHandler<Spec extends object, State extends Spec = Spec> {
  descriptor: DiffDescriptor<Spec>;
  /** Validates the desired spec (zod), with field-level failures. No I/O. */
  check(news: unknown): CheckFailure[];
  /**
   * Before a create, which adopts the CRM object when it exists: throws when adopting would strand
   * records on a value the spec retires without a replacement. Runs during `pulumi preview` (from
   * check), so a first adoption fails in the preview, not half-way through `up`.
   */
  preflightCreate?(news: Spec, ctx: HandlerContext): Promise<void>;
  /** May consult the CRM (e.g. records still using a value that would be retired) and throw. */
  diff(id: string, olds: State, news: Spec, ctx: HandlerContext): Promise<KindDiff>;
  create(news: Spec, ctx: HandlerContext): Promise<{ id: string; outs: State }>;
  /** Live state, or undefined when the object no longer exists. */
  read(id: string, olds: State, ctx: HandlerContext): Promise<State | undefined>;
  update(id: string, olds: State, news: Spec, ctx: HandlerContext): Promise<State>;
  delete(id: string, olds: State, ctx: HandlerContext): Promise<void>;
}
