import { changedFields } from "./changes";

/** How a kind's properties behave in a diff. Each kind declares its own; shared code never branches on kind. */
export interface DiffDescriptor<Spec extends object> {
  /** Fields whose change the CRM cannot apply in place (e.g. an object or API name). */
  replaceOn: ReadonlyArray<keyof Spec & string>;
  /** Brings a spec or a read-back state to the comparable form (defaults filled, order fixed). Idempotent. */
  normalize: (spec: Spec) => Spec;
}

export interface PropertyDiff {
  changes: boolean;
  /** Changed top-level properties. */
  changed: string[];
  /** Changed properties that force a replacement. */
  replaces: string[];
}

/** Per-property diff of a desired spec against the last known state. Pure; `diff(x, x)` is empty. */
export function diffSpec<Spec extends object>(descriptor: DiffDescriptor<Spec>, olds: Spec, news: Spec): PropertyDiff {
  const changed = changedFields(descriptor.normalize(olds), descriptor.normalize(news), ["__provider", "live"]);
  const replaces = changed.filter((field) => (descriptor.replaceOn as readonly string[]).includes(field));
  return { changes: changed.length > 0, changed, replaces };
}
