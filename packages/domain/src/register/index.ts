export * from "./agreements.ts";
export * from "./breaches.ts";
export * from "./calendar.ts";
export * from "./security.ts";
export * from "./relationship-status.ts";
