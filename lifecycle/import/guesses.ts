/**
 * What a CRM does not record but the model needs: a lifecycle stage's domain and a pipeline's kind.
 * Guessed from names, never from data, and reported as placeholders in the generated header.
 * None of these guesses changes a compiled resource: they only feed the lint and the docs.
 */
import type { Domain, PipelineKind } from "../schema";

const CUSTOMER = /customer|evangelist|advocate|onboard|adopt|implement|renew|churn|expan|retain/i;
const SALES = /\bsql\b|\bsao\b|sales\s*qualified|salesqualified|opportunit|\bdeal|\bwon\b|\blost\b|evaluation|proposal|negotiat/i;

/** Domains for lifecycle values in forward order: by keyword, else the previous stage's, else `lead`. */
export function guessDomains(values: ReadonlyArray<{ label: string; value: string }>): Domain[] {
  let previous: Domain = "lead";
  return values.map(({ label, value }) => {
    const text = `${label} ${value}`;
    previous = CUSTOMER.test(text) ? "customer" : SALES.test(text) ? "sales" : previous;
    return previous;
  });
}

/** A deal pipeline's kind from its name: renewal, expansion, else new business. */
export function guessDealKind(name: string): Exclude<PipelineKind, "customer-success"> {
  if (/renew/i.test(name)) return "renewal";
  if (/expan|upsell|up-sell|cross-?sell|upgrade/i.test(name)) return "expansion";
  return "new-business";
}
