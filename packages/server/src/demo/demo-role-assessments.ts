import type { CounterpartyCategory, RoleAssessmentAnswers } from "@art28/domain";

/** An outside supplier that does exactly what the municipality asks with the data, and nothing else. */
const processesOnInstructions: RoleAssessmentAnswers = {
  personal_data: "yes",
  direct_authority: "no",
  primary_service: "yes",
  legal_task: "no",
  implicit_competence: "no",
  own_purposes: "no",
  purpose_by: "organisation",
  essential_means_by: "organisation",
  follows_instructions: "yes",
};

/** A party with its own statutory task; the wizard stops asking once that is answered. */
const ownStatutoryTask: RoleAssessmentAnswers = {
  personal_data: "yes",
  direct_authority: "no",
  primary_service: "yes",
  legal_task: "yes",
};

/** A party whose professional role makes it decide for itself. */
const ownProfessionalRole: RoleAssessmentAnswers = {
  personal_data: "yes",
  direct_authority: "no",
  primary_service: "yes",
  legal_task: "no",
  implicit_competence: "yes",
};

/** A party that may see papers but is not engaged to process personal data. */
const incidentalAccess: RoleAssessmentAnswers = {
  personal_data: "yes",
  direct_authority: "no",
  primary_service: "no",
};

/**
 * Answers the demo privacy officer gave, per counterparty category, where the category alone
 * makes the role obvious. Categories whose role depends on the details are left unassessed on
 * purpose: catering (the demo caterer handles dietary requirements, which can be health data),
 * waste collection (the demo collector records collections per address for the waste levy),
 * security guarding (CCTV), IT support, specialist software, research, youth care and the like.
 * The outcome is not written here: seeding computes it with the decision model.
 */
export const demoRoleAnswersByCategory: Partial<Record<CounterpartyCategory, RoleAssessmentAnswers>> = {
  payroll: processesOnInstructions,
  cloud_hosting: processesOnInstructions,
  website_hosting: processesOnInstructions,
  document_management: processesOnInstructions,
  archive_storage: processesOnInstructions,
  mailing_house: processesOnInstructions,
  call_centre: processesOnInstructions,
  shredding: processesOnInstructions,
  // The statutory auditor (Gemeentewet), the bailiff and the pension fund (Pensioenwet) act under their own law.
  accountant: ownStatutoryTask,
  bailiff: ownStatutoryTask,
  pension_fund: ownStatutoryTask,
  lawyer: ownProfessionalRole,
  cleaning: incidentalAccess,
};
