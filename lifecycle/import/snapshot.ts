/**
 * What `bowtie import` reads from a live CRM: plain data in the shapes the providers' `read`
 * functions return (active values only, in the CRM's order). The conversion to an architecture
 * (`salesforce.ts`, `hubspot.ts`) is pure over these snapshots; reading them is the providers' job.
 */
import type { ArchitectureInput } from "../schema";
import type { HubSpotOptionSpec, SalesforcePicklistValueSpec, Target } from "../../specs";

/** A picklist CustomField as Salesforce has it. */
export interface SalesforceFieldSnapshot {
  label: string;
  description?: string;
  restricted: boolean;
  values: SalesforcePicklistValueSpec[];
}

/** An active BusinessProcess on Opportunity and the active RecordType that selects it, if any. */
export interface SalesforceProcessSnapshot {
  /** API name without the object, e.g. `Legacy_Sales_Process`. */
  processName: string;
  description?: string;
  /** OpportunityStage API names, in order. */
  stages: string[];
  recordType?: { apiName: string; label: string; description?: string };
  /** Other active record types that select the same process: left as they are, not managed. */
  otherRecordTypes?: string[];
}

export interface SalesforceSnapshot {
  /** Where the org was read (login URL), for the generated file's header. Never a secret. */
  source: string;
  leadStatus: SalesforcePicklistValueSpec[];
  opportunityStage: SalesforcePicklistValueSpec[];
  lifecycleFields: Partial<Record<"Lead" | "Contact" | "Account", SalesforceFieldSnapshot>>;
  dropOffFields: Partial<Record<"Lead" | "Opportunity", SalesforceFieldSnapshot>>;
  processes: SalesforceProcessSnapshot[];
  /** Seen in the org and deliberately not imported (see the generated header). */
  inactiveProcesses: string[];
  /** Processes of other objects (`Lead.Direct`): the model has none, so they are not imported. */
  otherProcesses?: string[];
  validationRules: Array<{ name: string; active: boolean }>;
  flows: Array<{ name: string; active: boolean }>;
}

/** An enumeration property as HubSpot has it. */
export interface HubSpotPropertySnapshot {
  label: string;
  description: string;
  groupName: string;
  /** In HubSpot's order. */
  options: HubSpotOptionSpec[];
}

export interface HubSpotPipelineSnapshot {
  id: string;
  label: string;
  displayOrder: number;
  stages: Array<{ id: string; label: string; displayOrder: number; metadata: Record<string, string> }>;
}

export interface HubSpotSnapshot {
  /** Where the portal was read (API base path). Never a secret. */
  source: string;
  lifecycle: Partial<Record<"contacts" | "companies", HubSpotPropertySnapshot>>;
  leadStatus?: HubSpotPropertySnapshot;
  dropOff: Partial<Record<"contacts" | "deals", HubSpotPropertySnapshot>>;
  pipelines: { deals: HubSpotPipelineSnapshot[]; tickets: HubSpotPipelineSnapshot[] };
  /** Seen in the portal and deliberately not imported. */
  workflows: Array<{ id: string; name: string; enabled: boolean }>;
}

/**
 * Something the reader of an imported module must know, as data (rendered once, in the header and
 * on the console): what was left out, what is a placeholder to fill in, and what the model cannot
 * reproduce (so previewing would show a change).
 */
export interface ImportNote {
  kind: "not-imported" | "placeholder" | "difference";
  message: string;
}

/** When and how the import ran; `date` (YYYY-MM-DD) goes into placeholders, so output is reproducible. */
export interface ImportMeta {
  date: string;
}

/** The architecture an import produced, the placeholder texts it used and its notes. */
export interface ImportResult {
  target: Target;
  source: string;
  date: string;
  architecture: ArchitectureInput;
  placeholders: { definition: string; owner: string };
  notes: ImportNote[];
}
