import { processorAnswers, type CounterpartyCategory, type RoleAssessmentAnswers } from "@art28/domain";

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
  payroll: processorAnswers,
  cloud_hosting: processorAnswers,
  website_hosting: processorAnswers,
  document_management: processorAnswers,
  archive_storage: processorAnswers,
  mailing_house: processorAnswers,
  call_centre: processorAnswers,
  shredding: processorAnswers,
  // The statutory auditor (Gemeentewet), the bailiff and the pension fund (Pensioenwet) act under their own law.
  accountant: ownStatutoryTask,
  bailiff: ownStatutoryTask,
  pension_fund: ownStatutoryTask,
  lawyer: ownProfessionalRole,
  cleaning: incidentalAccess,
};
