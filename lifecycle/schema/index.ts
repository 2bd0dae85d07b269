export * from "./common";
export * from "./stage";
export * from "./status";
export * from "./pipeline";
export * from "./governance";
export * from "./architecture";
