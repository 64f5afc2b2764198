import { createAgreementUseCases } from "./register/agreement-use-cases.ts";
import { createDocumentUseCases } from "./register/document-use-cases.ts";
import { createHistoryUseCases } from "./register/history-use-cases.ts";
import { createRelationshipRecordUseCases } from "./register/record-use-cases.ts";
import { createRelationshipUseCases } from "./register/relationship-use-cases.ts";
import type { RegisterDependencies } from "./register-dependencies.ts";

/**
 * The register's service for relationships, the records under them, agreements with their
 * documents and status changes, and record history. Every use case authorises first
 * (`register.read` or `register.write`), works inside the organisation's scope, and writes
 * its audit event in the transaction of the change. The use cases live in `./register/`.
 */
export function createRegisterService(dependencies: RegisterDependencies) {
  return {
    relationships: createRelationshipUseCases(dependencies),
    ...createRelationshipRecordUseCases(dependencies),
    agreements: createAgreementUseCases(dependencies),
    documents: createDocumentUseCases(dependencies),
    ...createHistoryUseCases(dependencies),
  };
}
export type RegisterService = ReturnType<typeof createRegisterService>;
