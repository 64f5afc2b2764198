export * from "./problem.ts";
export * from "./session.ts";
export * from "./organisations.ts";
export * from "./counterparties.ts";
export * from "./health.ts";
export * from "./paths.ts";
export * from "./check.ts";
export * from "./role-assessments.ts";
