/**
 * The provider-process side of every Bowtie dynamic resource. The serialized provider
 * (`dynamic-provider.ts`) loads this module at run time and forwards each CRUD call here, so the
 * state only ever holds a few lines of forwarding code.
 */
import type { Kind, ResourceSpec } from "../specs";
import { errorForEngine } from "./core/errors";
import { encodeEvent } from "./core/events";
import type { HandlerContext } from "./core/kind";
import { currentSettings, knownSecrets, setConfiguredSettings, settingKeys, type SettingKey } from "./core/settings";
import { definitionOf } from "./kinds";
import { checkKind, createKind, diffKind, previewCreate } from "./operations";

type Props = Record<string, any>;

export function configure(getConfig: (key: string) => string | undefined): void {
  const values: Partial<Record<SettingKey, string>> = {};
  for (const key of Object.keys(settingKeys) as SettingKey[]) values[key] = getConfig(`bowtie:${key}`);
  setConfiguredSettings(values);
}

function context(): HandlerContext {
  return { settings: currentSettings(), emit: (event) => console.error(encodeEvent(event)) };
}

/** Strips engine bookkeeping (`__provider`) so handlers only ever see specs and states. */
function plain(props: Props): Props {
  const { __provider: _ignored, ...rest } = props;
  return rest;
}

/** Runs a handler call; its errors leave the process as a sentence and a data line (`errorForEngine`), with no secret. */
async function guarded<T>(call: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  const ctx = context();
  try {
    return await call(ctx);
  } catch (error) {
    throw errorForEngine(error, knownSecrets(ctx.settings));
  }
}

/** Validates the spec; for a create (no olds), also runs the kind's adoption preflight against the CRM. */
export async function check(kind: Kind, olds: Props, news: Props) {
  const definition = definitionOf(kind);
  const failures = checkKind(definition, plain(news));
  const isCreate = olds.kind === undefined;
  if (failures.length === 0 && isCreate) {
    try {
      await guarded((ctx) => previewCreate(definition, plain(news) as ResourceSpec, ctx));
    } catch (error) {
      // No property: the engine would print the property's whole value; the message names the field.
      failures.push({ property: "", reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { inputs: news, failures };
}

export function diff(kind: Kind, id: string, olds: Props, news: Props) {
  return guarded(async (ctx) => {
    const result = await diffKind(definitionOf(kind), id, plain(olds) as ResourceSpec, plain(news) as ResourceSpec, ctx);
    return { changes: result.changes, replaces: result.replaces, deleteBeforeReplace: result.replaces.length > 0 };
  });
}

export function create(kind: Kind, news: Props) {
  return guarded((ctx) => createKind(definitionOf(kind), plain(news) as ResourceSpec, ctx));
}

/**
 * The engine's protobuf Struct rejects `undefined` ("Unexpected struct type"), and read-back states
 * leave optional fields undefined (a field or process with no description): drop them.
 */
const structSafe = (props: object): Props => JSON.parse(JSON.stringify(props)) as Props;

export function read(kind: Kind, id: string, props: Props) {
  return guarded(async (ctx) => {
    const live = await definitionOf(kind).handler.read(id, plain(props) as any, ctx);
    if (live === undefined) return { id: "", props: {} };
    return { id, props: structSafe(live) };
  });
}

export function update(kind: Kind, id: string, olds: Props, news: Props) {
  return guarded(async (ctx) => ({ outs: await definitionOf(kind).handler.update(id, plain(olds) as any, plain(news) as any, ctx) }));
}

export function remove(kind: Kind, id: string, props: Props) {
  return guarded((ctx) => definitionOf(kind).handler.delete(id, plain(props) as any, ctx));
}
