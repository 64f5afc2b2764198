import { createGenerationUseCases } from "./authoring/generation-use-cases.ts";
import { createNegotiationUseCases } from "./authoring/negotiation-use-cases.ts";
import { createSigningUseCases } from "./authoring/signing-use-cases.ts";
import { createTemplateUseCases } from "./authoring/template-use-cases.ts";
import { createVersionUseCases } from "./authoring/version-use-cases.ts";
import type { RegisterDependencies } from "./register-dependencies.ts";

/**
 * Authoring of processor agreements from Art28's standard (see docs/authoring-api.md):
 * templates, generating a version from the register, negotiating it clause by clause,
 * rendering it and signing it. A version belongs to the owner's register and is shared with
 * the supplier's organisation; every write runs in one transaction that first proves the
 * caller is a party (in the caller's scope) and then writes in the owner's scope with the
 * owner's audit trail. The use cases live in `./authoring/`.
 */
export function createAuthoringService(dependencies: RegisterDependencies) {
  return {
    templates: createTemplateUseCases(dependencies),
    generation: createGenerationUseCases(dependencies),
    versions: createVersionUseCases(dependencies),
    negotiation: createNegotiationUseCases(dependencies),
    signing: createSigningUseCases(dependencies),
  };
}
export type AuthoringService = ReturnType<typeof createAuthoringService>;
