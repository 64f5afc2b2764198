export * from "./model.ts";
export * from "./standard-agreement.ts";
export * from "./compose.ts";
export * from "./generation-inputs.ts";
export * from "./deviations.ts";
