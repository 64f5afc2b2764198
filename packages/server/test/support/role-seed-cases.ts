import {
  outsideServiceProviderAnswers as outsideServiceProvider,
  processorAnswers,
  type RoleAssessmentAnswers,
} from "@art28/domain";

export { outsideServiceProviderAnswers as outsideServiceProvider, processorAnswers } from "@art28/domain";

/** The spec's "cases from the seeds", as facts a privacy officer would enter. */
export const seedCases: ReadonlyArray<{ situation: string; answers: RoleAssessmentAnswers; outcome: string }> = [
  { situation: "payroll handled by a salary bureau", answers: processorAnswers, outcome: "processor" },
  {
    situation: "logistics provider delivering a web shop's parcels (track & trace)",
    answers: { ...outsideServiceProvider, implicit_competence: "yes" },
    outcome: "independent_controller",
  },
  {
    situation: "staff seconded to the organisation, under its direct authority",
    answers: { personal_data: "yes", direct_authority: "yes" },
    outcome: "internal",
  },
  {
    situation: "cloud service that also analyses the stored data for its own purposes",
    answers: { ...processorAnswers, own_purposes: "yes" },
    outcome: "independent_controller",
  },
  {
    situation: "party that decides only the means, but essential ones",
    answers: { ...processorAnswers, essential_means_by: "party" },
    outcome: "joint_controllers",
  },
  {
    situation: "employer processing its employees' data, association its members' data",
    answers: { ...outsideServiceProvider, implicit_competence: "yes" },
    outcome: "independent_controller",
  },
];
