export * from "./organisations.ts";
export * from "./access-policy.ts";
export * from "./countries.ts";
export * from "./counterparty-categories.ts";
export * from "./document/index.ts";
export * from "./check/index.ts";
export * from "./role-assessment/index.ts";
export * from "./register/index.ts";
