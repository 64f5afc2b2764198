import type { RegisterDependencies } from "./register-dependencies.ts";

/** The register's service for the relationship list with computed statuses and the dashboard. (Being built; see docs/status.md.) */
export function createRegisterOverviewService(dependencies: RegisterDependencies) {
  void dependencies;
  return {};
}
export type RegisterOverviewService = ReturnType<typeof createRegisterOverviewService>;
