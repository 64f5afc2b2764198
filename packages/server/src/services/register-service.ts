import type { RegisterDependencies } from "./register-dependencies.ts";

/** The register's service for relationships, their records, agreements with documents and status changes, and record history. (Being built; see docs/status.md.) */
export function createRegisterService(dependencies: RegisterDependencies) {
  void dependencies;
  return {};
}
export type RegisterService = ReturnType<typeof createRegisterService>;
