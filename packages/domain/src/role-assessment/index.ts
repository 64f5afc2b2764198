export * from "./questions.ts";
export * from "./outcomes.ts";
export * from "./decision-model.ts";
export * from "./assess-role.ts";
export * from "./example-answers.ts";
