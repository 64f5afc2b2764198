import type { BilingualText } from "../check/catalogue.ts";

/** What the party is for this processing activity. Stable keys from the spec. */
export const roleOutcomes = [
  "processor",
  "joint_controllers",
  "independent_controller",
  "internal",
  "not_applicable",
  "undetermined",
] as const;
export type RoleOutcome = (typeof roleOutcomes)[number];

/** Every outcome except `undetermined`: what a complete set of answers always leads to. */
export type DeterminedRoleOutcome = Exclude<RoleOutcome, "undetermined">;

/** The paperwork an outcome calls for. Stable keys from the spec. */
export const requiredAgreements = ["art28_processor_agreement", "art26_arrangement", "none"] as const;
export type RequiredAgreement = (typeof requiredAgreements)[number];

/**
 * The paperwork per outcome. `undetermined` has none of the three: it is `null`, because
 * "none" would wrongly tell the user that no agreement is needed.
 */
export const agreementByOutcome: Record<RoleOutcome, RequiredAgreement | null> = {
  processor: "art28_processor_agreement",
  joint_controllers: "art26_arrangement",
  independent_controller: "none",
  internal: "none",
  not_applicable: "none",
  undetermined: null,
};

export const roleOutcomeLabels: Record<RoleOutcome, BilingualText> = {
  processor: { nl: "Verwerker", en: "Processor" },
  joint_controllers: { nl: "Gezamenlijk verwerkingsverantwoordelijken", en: "Joint controllers" },
  independent_controller: { nl: "Zelfstandig verwerkingsverantwoordelijke", en: "Independent controller" },
  internal: { nl: "Intern: onder rechtstreeks gezag", en: "Internal: under direct authority" },
  not_applicable: { nl: "Niet van toepassing", en: "Not applicable" },
  undetermined: { nl: "Nog niet te bepalen", en: "Not yet determined" },
};

export const requiredAgreementLabels: Record<RequiredAgreement, BilingualText> = {
  art28_processor_agreement: {
    nl: "Verwerkersovereenkomst (art. 28 lid 3 AVG)",
    en: "Processor agreement (Art. 28(3) GDPR)",
  },
  art26_arrangement: {
    nl: "Regeling tussen gezamenlijk verwerkingsverantwoordelijken (art. 26 AVG)",
    en: "Arrangement between joint controllers (Art. 26 GDPR)",
  },
  none: { nl: "Geen AVG-overeenkomst nodig", en: "No GDPR agreement needed" },
};
