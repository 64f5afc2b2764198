import type { RegisterDependencies } from "./register-dependencies.ts";

/** The register's service for import of counterparties from CSV and XLSX, and exports of the register. (Being built; see docs/status.md.) */
export function createRegisterTransferService(dependencies: RegisterDependencies) {
  void dependencies;
  return {};
}
export type RegisterTransferService = ReturnType<typeof createRegisterTransferService>;
