/** What the Salesforce and HubSpot imports share: placeholders and the notes every import carries. */
import type { ImportNote } from "./snapshot";

export type CrmName = "Salesforce" | "HubSpot";

export interface Placeholders {
  definition: string;
  owner: string;
}

/** Texts for what a CRM does not record; the generated module names them as constants. */
export function placeholdersFor(crm: CrmName, date: string): Placeholders {
  return { definition: `Imported from ${crm} on ${date}: write the definition`, owner: "Unassigned: name the owning team" };
}

/**
 * A value's definition and CRM description. A live description becomes the definition (which the
 * compiler writes back as the description); without one, the definition is a placeholder and
 * `description: ""` keeps the CRM's description empty, so the placeholder is never published.
 */
export function describedAs(description: string | undefined, placeholders: Placeholders): { definition: string; description?: string } {
  const text = description?.trim();
  return text ? { definition: text } : { definition: placeholders.definition, description: "" };
}

/** Placeholder notes every import carries: what the model needs and no CRM records. */
export function modelPlaceholderNotes(crm: CrmName): ImportNote[] {
  return [
    {
      kind: "placeholder",
      message: `Lifecycle stage definitions, owners and entry/exit criteria: ${crm} does not record them. Values that had no description carry \`description: ""\`, so writing a definition changes nothing in ${crm}; delete that line to publish the definition as the value's description.`,
    },
    { kind: "placeholder", message: "Lifecycle domains (lead, sales, customer) and pipeline kinds are guessed from names; they feed the lint and the docs, not the CRM." },
  ];
}

/** The standing reason rules and automations are not imported, with what was found. */
export function notImportedNote(what: string, found: string[], instead: string): ImportNote {
  const list = found.length === 0 ? "none found" : `${found.length} found: ${found.join(", ")}`;
  return {
    kind: "not-imported",
    message: `${what} (${list}). Bowtie generates these from the model's \`${instead}\`, and a hand-built one cannot be mapped back to that intent reliably, so none is imported and Bowtie leaves the existing ones as they are. Add \`${instead}\` to have Bowtie manage its own.`,
  };
}
