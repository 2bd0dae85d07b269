/** The seeds every sandbox offers: `messy` (an org or portal that grew without an architecture, with records) and `empty`. */
export type Scenario = "messy" | "empty";

export const scenarios: readonly Scenario[] = ["messy", "empty"];

export function requireScenario(value: unknown): Scenario {
  if (!scenarios.includes(value as Scenario)) throw new Error(`Unknown scenario ${String(value)}: use ${scenarios.join(" or ")}`);
  return value as Scenario;
}
