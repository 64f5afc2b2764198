import type { BilingualText } from "../check/catalogue.ts";

/** Certifications a supplier shows to prove its security (Art. 28(1) and 32 GDPR). */
export const certificationKinds = ["iso_27001", "iso_27701", "nen_7510", "soc_2", "other"] as const;
export type CertificationKind = (typeof certificationKinds)[number];

export const certificationKindLabels: Record<CertificationKind, BilingualText> = {
  iso_27001: { nl: "ISO/IEC 27001", en: "ISO/IEC 27001" },
  iso_27701: { nl: "ISO/IEC 27701", en: "ISO/IEC 27701" },
  nen_7510: { nl: "NEN 7510", en: "NEN 7510" },
  soc_2: { nl: "SOC 2", en: "SOC 2" },
  other: { nl: "Andere certificering of verklaring", en: "Other certification or statement" },
};

/** Whether the controller agreed to a sub-processor (Art. 28(2) GDPR). */
export const subProcessorAuthorisationStatuses = ["authorised", "pending", "objected", "refused"] as const;
export type SubProcessorAuthorisationStatus = (typeof subProcessorAuthorisationStatuses)[number];

/**
 * The safeguard of a transfer outside the EEA (Chapter V GDPR). The EU-US Data Privacy
 * Framework is an adequacy decision; `none` records a transfer without safeguard, which the
 * register must be able to show rather than hide.
 */
export const transferSafeguards = [
  "adequacy_decision",
  "standard_contractual_clauses",
  "binding_corporate_rules",
  "code_of_conduct_or_certification",
  "derogation_art49",
  "none",
] as const;
export type TransferSafeguard = (typeof transferSafeguards)[number];

/** One transfer outside the EEA: to which country (ISO 3166-1 alpha-2), on which safeguard. */
export interface ProcessingTransfer {
  country: string;
  safeguard: TransferSafeguard;
}
