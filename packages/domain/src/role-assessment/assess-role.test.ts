import { describe, expect, it } from "vitest";
import { assessRole, nextRoleQuestion } from "./assess-role.ts";
import { outsideServiceProviderAnswers as outsideServiceProvider, processorAnswers } from "./example-answers.ts";
import { decideRole, roleRules, type RoleRuleId } from "./decision-model.ts";
import { agreementByOutcome, type DeterminedRoleOutcome, type RoleOutcome } from "./outcomes.ts";
import {
  roleAnswerValues,
  roleQuestionKeys,
  type CompleteRoleAnswers,
  type RoleAssessmentAnswers,
} from "./questions.ts";

/** The spec's decision model written out as plain conditions: an independent oracle for the rule table. */
function specOutcome(answers: CompleteRoleAnswers): DeterminedRoleOutcome {
  if (answers.personal_data === "no") return "not_applicable";
  if (answers.direct_authority === "yes") return "internal";
  if (answers.primary_service === "no") return "not_applicable";
  if (answers.legal_task === "yes") return "independent_controller";
  if (answers.implicit_competence === "yes") return "independent_controller";
  if (answers.own_purposes === "yes") return "independent_controller";
  if (answers.purpose_by === "party") return "independent_controller";
  if (answers.purpose_by === "both" || answers.essential_means_by === "both") return "joint_controllers";
  if (answers.essential_means_by === "party") return "joint_controllers";
  if (answers.follows_instructions === "no") return "independent_controller";
  return "processor";
}

/** Every combination of answers; with `withUnknown`, also leaving each question unanswered. */
function allAnswerSets(withUnknown: boolean): RoleAssessmentAnswers[] {
  let sets: RoleAssessmentAnswers[] = [{}];
  for (const key of roleQuestionKeys) {
    const values: ReadonlyArray<string | undefined> = withUnknown
      ? [...roleAnswerValues[key], undefined]
      : roleAnswerValues[key];
    sets = sets.flatMap((set) =>
      values.map((value) => (value === undefined ? set : ({ ...set, [key]: value } as RoleAssessmentAnswers))),
    );
  }
  return sets;
}

/** Every complete set of answers that agrees with the given ones. */
function completionsOf(answers: RoleAssessmentAnswers): CompleteRoleAnswers[] {
  let sets: Array<Record<string, string>> = [{}];
  for (const key of roleQuestionKeys) {
    const given = answers[key];
    const values: readonly string[] = given === undefined ? roleAnswerValues[key] : [given];
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [key]: value })));
  }
  return sets as unknown as CompleteRoleAnswers[];
}

describe("decision model v1: every rule", () => {
  const cases: ReadonlyArray<{ rule: RoleRuleId; outcome: RoleOutcome; answers: RoleAssessmentAnswers }> = [
    { rule: "R1_no_personal_data", outcome: "not_applicable", answers: { personal_data: "no" } },
    { rule: "R2_direct_authority", outcome: "internal", answers: { personal_data: "yes", direct_authority: "yes" } },
    {
      rule: "R3_incidental_access",
      outcome: "not_applicable",
      answers: { personal_data: "yes", direct_authority: "no", primary_service: "no" },
    },
    {
      rule: "R4_statutory_task",
      outcome: "independent_controller",
      answers: { personal_data: "yes", direct_authority: "no", primary_service: "yes", legal_task: "yes" },
    },
    {
      rule: "R5_implicit_competence",
      outcome: "independent_controller",
      answers: {
        personal_data: "yes",
        direct_authority: "no",
        primary_service: "yes",
        legal_task: "no",
        implicit_competence: "yes",
      },
    },
    {
      rule: "R6_own_purposes",
      outcome: "independent_controller",
      answers: { ...outsideServiceProvider, own_purposes: "yes" },
    },
    {
      rule: "R7_party_decides_purpose",
      outcome: "independent_controller",
      answers: { ...outsideServiceProvider, purpose_by: "party" },
    },
    {
      rule: "R8_decided_together",
      outcome: "joint_controllers",
      answers: { ...outsideServiceProvider, purpose_by: "both" },
    },
    {
      rule: "R8_decided_together",
      outcome: "joint_controllers",
      answers: { ...outsideServiceProvider, purpose_by: "organisation", essential_means_by: "both" },
    },
    {
      rule: "R9_party_decides_essential_means",
      outcome: "joint_controllers",
      answers: { ...outsideServiceProvider, purpose_by: "organisation", essential_means_by: "party" },
    },
    {
      rule: "R10_instructions_not_followed",
      outcome: "independent_controller",
      answers: { ...processorAnswers, follows_instructions: "no" },
    },
    { rule: "R11_processes_on_instructions", outcome: "processor", answers: processorAnswers },
    { rule: "R12_undetermined", outcome: "undetermined", answers: {} },
  ];

  it.each(cases)("$rule gives $outcome", ({ rule, outcome, answers }) => {
    const result = assessRole(answers);
    expect(result.rule).toBe(rule);
    expect(result.outcome).toBe(outcome);
    expect(result.agreement).toBe(agreementByOutcome[outcome]);
    expect(result.explanation.nl.length).toBeGreaterThan(40);
    expect(result.explanation.en.length).toBeGreaterThan(40);
    expect(result.references.length).toBeGreaterThan(0);
    expect(result.nextSteps.length).toBeGreaterThan(0);
    expect(result.modelVersion).toBe("v1");
  });

  it("covers every rule of the model", () => {
    expect(new Set(cases.map((testCase) => testCase.rule))).toEqual(new Set(roleRules.map((rule) => rule.id)));
  });

  it("names the paperwork the spec prescribes", () => {
    expect(assessRole(processorAnswers).agreement).toBe("art28_processor_agreement");
    expect(assessRole({ ...outsideServiceProvider, purpose_by: "both" }).agreement).toBe("art26_arrangement");
    expect(assessRole({ ...processorAnswers, follows_instructions: "no" }).agreement).toBe("none");
    expect(assessRole({ personal_data: "no" }).agreement).toBe("none");
    expect(assessRole({ personal_data: "yes", direct_authority: "yes" }).agreement).toBe("none");
    expect(assessRole({}).agreement).toBeNull();
  });

  it("cites the articles that carry each conclusion", () => {
    expect(assessRole(processorAnswers).references).toContain("Art. 28(3) AVG/GDPR");
    expect(assessRole({ ...outsideServiceProvider, purpose_by: "both" }).references).toContain("Art. 26 AVG/GDPR");
    expect(assessRole({ ...outsideServiceProvider, own_purposes: "yes" }).references).toContain("Art. 28(10) AVG/GDPR");
    expect(assessRole({ ...processorAnswers, follows_instructions: "no" }).references).toContain(
      "Art. 28(10) AVG/GDPR",
    );
    expect(assessRole({ ...outsideServiceProvider, purpose_by: "party" }).references).toContain("Art. 4(7) AVG/GDPR");
    expect(assessRole({ ...outsideServiceProvider, purpose_by: "party" }).references).toContain(
      "EDPB Guidelines 07/2020",
    );
  });

  it("follows the spec's order on every complete set of answers", () => {
    const complete = allAnswerSets(false) as CompleteRoleAnswers[];
    expect(complete).toHaveLength(2 ** 7 * 3 ** 2);
    for (const answers of complete) {
      expect(decideRole(answers).outcome).toBe(specOutcome(answers));
      const result = assessRole(answers);
      expect(result.outcome).toBe(specOutcome(answers));
      expect(result.openQuestions).toEqual([]);
    }
  });
});

describe("cases from the seeds (Dutch DPA guidance)", () => {
  it("a salary bureau running the municipality's payroll is a processor", () => {
    const result = assessRole(processorAnswers);
    expect(result.outcome).toBe("processor");
    expect(result.agreement).toBe("art28_processor_agreement");
  });

  it("a logistics provider delivering a web shop's parcels with track & trace is an independent controller", () => {
    const result = assessRole({
      personal_data: "yes",
      direct_authority: "no",
      primary_service: "yes",
      legal_task: "no",
      implicit_competence: "yes",
      // The web shop tells it what to deliver where; that does not make it a processor.
      follows_instructions: "yes",
    });
    expect(result.outcome).toBe("independent_controller");
    expect(result.rule).toBe("R5_implicit_competence");
  });

  it("staff seconded to the organisation, under its direct authority, are internal", () => {
    const result = assessRole({ personal_data: "yes", direct_authority: "yes" });
    expect(result.outcome).toBe("internal");
    expect(result.agreement).toBe("none");
  });

  it("a cloud service that also analyses the stored data for its own purposes is an independent controller", () => {
    const result = assessRole({ ...processorAnswers, own_purposes: "yes" });
    expect(result.outcome).toBe("independent_controller");
    expect(result.rule).toBe("R6_own_purposes");
  });

  it("a party that decides only the means, but essential ones, is a joint controller", () => {
    const result = assessRole({
      ...outsideServiceProvider,
      purpose_by: "organisation",
      essential_means_by: "party",
      follows_instructions: "yes",
    });
    expect(result.outcome).toBe("joint_controllers");
    expect(result.agreement).toBe("art26_arrangement");
  });

  it.each([["an employer processing its employees' data"], ["an association processing its members' data"]])(
    "%s is an independent controller",
    () => {
      const result = assessRole({
        personal_data: "yes",
        direct_authority: "no",
        primary_service: "yes",
        legal_task: "no",
        implicit_competence: "yes",
      });
      expect(result.outcome).toBe("independent_controller");
      expect(result.rule).toBe("R5_implicit_competence");
    },
  );

  it("a contract that calls the party 'processor' does not help when it ignores instructions", () => {
    expect(assessRole({ ...processorAnswers, follows_instructions: "no" }).outcome).toBe("independent_controller");
  });
});

describe("undetermined outcomes", () => {
  it("with nothing answered, every question is open and every outcome possible", () => {
    const result = assessRole({});
    expect(result.outcome).toBe("undetermined");
    expect(result.rule).toBe("R12_undetermined");
    expect(result.openQuestions).toEqual(roleQuestionKeys);
    expect(result.possibleOutcomes).toEqual([
      "processor",
      "joint_controllers",
      "independent_controller",
      "internal",
      "not_applicable",
    ]);
  });

  it("names only the means and instructions when the purpose is the organisation's", () => {
    const result = assessRole({ ...outsideServiceProvider, purpose_by: "organisation" });
    expect(result.outcome).toBe("undetermined");
    expect(result.openQuestions).toEqual(["essential_means_by", "follows_instructions"]);
    expect(result.possibleOutcomes).toEqual(["processor", "joint_controllers", "independent_controller"]);
    expect(result.explanation.nl).toContain("wie bepaalt de wezenlijke middelen; volgt uw instructies");
    expect(result.explanation.en).toContain("who decides the essential means; follows your instructions");
    expect(result.nextSteps[0]!.nl).toContain("Beantwoord de open vragen");
  });

  it("asks only for the instructions when they alone are missing", () => {
    const { follows_instructions: _missing, ...rest } = processorAnswers;
    const result = assessRole(rest);
    expect(result.openQuestions).toEqual(["follows_instructions"]);
    expect(result.possibleOutcomes).toEqual(["processor", "independent_controller"]);
  });

  it("leaves out the statutory, role and own-purpose questions once the party decides the purpose", () => {
    const result = assessRole({ purpose_by: "party" });
    expect(result.openQuestions).toEqual(["personal_data", "direct_authority", "primary_service"]);
    expect(result.possibleOutcomes).toEqual(["independent_controller", "internal", "not_applicable"]);
  });

  it("asks only whether personal data are involved when the party is under direct authority", () => {
    const result = assessRole({ direct_authority: "yes" });
    expect(result.openQuestions).toEqual(["personal_data"]);
    expect(result.possibleOutcomes).toEqual(["internal", "not_applicable"]);
  });

  it("asks who decides the purpose when only the essential means are shared", () => {
    const result = assessRole({ ...outsideServiceProvider, essential_means_by: "both" });
    expect(result.openQuestions).toEqual(["purpose_by"]);
    expect(result.possibleOutcomes).toEqual(["joint_controllers", "independent_controller"]);
  });

  it("does not determine a statutory task before the earlier questions are answered", () => {
    const result = assessRole({ legal_task: "yes" });
    expect(result.outcome).toBe("undetermined");
    expect(result.openQuestions).toEqual(["personal_data", "direct_authority", "primary_service"]);
  });

  it("treats an explicit unknown and an invalid value like a missing answer", () => {
    const explicit = assessRole({ ...outsideServiceProvider, own_purposes: "unknown", purpose_by: "party" });
    expect(explicit.outcome).toBe("independent_controller");
    const unknownPurpose = assessRole({ ...processorAnswers, purpose_by: "unknown" });
    expect(unknownPurpose.openQuestions).toEqual(["purpose_by"]);
    const invalid = assessRole({ ...processorAnswers, purpose_by: "maybe" } as unknown as RoleAssessmentAnswers);
    expect(invalid.openQuestions).toEqual(["purpose_by"]);
  });
});

describe("answers that decide on their own", () => {
  it("no personal data decides, whatever else is unknown", () => {
    const result = assessRole({ personal_data: "no" });
    expect(result.outcome).toBe("not_applicable");
    expect(result.rule).toBe("R1_no_personal_data");
  });

  it("incidental access decides even while personal data is unknown, because both lead to not applicable", () => {
    const result = assessRole({ direct_authority: "no", primary_service: "no" });
    expect(result.outcome).toBe("not_applicable");
    expect(result.rule).toBe("R3_incidental_access");
  });

  it("own purposes decide before the purpose and means questions", () => {
    const result = assessRole({
      personal_data: "yes",
      direct_authority: "no",
      primary_service: "yes",
      own_purposes: "yes",
    });
    expect(result.outcome).toBe("independent_controller");
    expect(result.rule).toBe("R6_own_purposes");
  });
});

describe("every partial set of answers", () => {
  const partialSets = allAnswerSets(true);

  // Findings are collected and compared once: an expect() per combination would dominate the run time.
  it("is determined exactly when all ways of completing it agree, with a rule that holds for all of them", () => {
    expect(partialSets).toHaveLength(3 ** 7 * 4 ** 2);
    const wrong: unknown[] = [];
    for (const answers of partialSets) {
      const result = assessRole(answers);
      const completions = completionsOf(answers);
      const outcomes = new Set(completions.map(specOutcome));
      if (outcomes.size === 1) {
        const rule = roleRules.find((candidate) => candidate.id === result.rule)!;
        const certain = completions.every((complete) => rule.applies(complete));
        if (result.outcome !== [...outcomes][0] || !certain || result.openQuestions.length > 0) {
          wrong.push({ answers, result });
        }
      } else {
        const sameOutcomes =
          result.possibleOutcomes.length === outcomes.size &&
          result.possibleOutcomes.every((outcome) => outcomes.has(outcome));
        if (result.outcome !== "undetermined" || !sameOutcomes || result.openQuestions.length === 0) {
          wrong.push({ answers, result });
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("lists as open exactly the unanswered questions that can change the outcome, in asking order", () => {
    const wrong: unknown[] = [];
    for (const answers of partialSets) {
      const result = assessRole(answers);
      if (result.outcome !== "undetermined") continue;
      const completions = completionsOf(answers);
      const unknownKeys = roleQuestionKeys.filter((key) => answers[key] === undefined);
      const influential = unknownKeys.filter((key) =>
        completions.some((complete) =>
          roleAnswerValues[key].some(
            (value) => specOutcome({ ...complete, [key]: value } as CompleteRoleAnswers) !== specOutcome(complete),
          ),
        ),
      );
      if (result.openQuestions.join() !== influential.join()) wrong.push({ answers, result, influential });
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe("next question for a wizard", () => {
  it("starts with personal data and stops as soon as the outcome is fixed", () => {
    expect(nextRoleQuestion({})?.key).toBe("personal_data");
    expect(nextRoleQuestion({ personal_data: "no" })).toBeNull();
    expect(nextRoleQuestion({ personal_data: "yes" })?.key).toBe("direct_authority");
    expect(nextRoleQuestion({ personal_data: "yes", direct_authority: "yes" })).toBeNull();
  });

  it("skips the means question when the party decides the purpose", () => {
    expect(nextRoleQuestion({ ...outsideServiceProvider })?.key).toBe("purpose_by");
    expect(nextRoleQuestion({ ...outsideServiceProvider, purpose_by: "party" })).toBeNull();
    expect(nextRoleQuestion({ ...outsideServiceProvider, purpose_by: "organisation" })?.key).toBe("essential_means_by");
    expect(nextRoleQuestion({ ...outsideServiceProvider, purpose_by: "both" })).toBeNull();
    expect(
      nextRoleQuestion({ ...outsideServiceProvider, purpose_by: "organisation", essential_means_by: "party" }),
    ).toBeNull();
  });

  it("moves on after an 'I don't know' and ends with the unknowns as open questions", () => {
    const answers: RoleAssessmentAnswers = { personal_data: "unknown" };
    expect(nextRoleQuestion(answers)?.key).toBe("direct_authority");
    expect(nextRoleQuestion({ ...processorAnswers, follows_instructions: "unknown" })).toBeNull();
    expect(assessRole({ ...processorAnswers, follows_instructions: "unknown" }).openQuestions).toEqual([
      "follows_instructions",
    ]);
  });

  it("asks a question, then a later one may make an earlier unknown irrelevant", () => {
    // personal_data unknown, then "not the core of the assignment": not applicable either way.
    expect(nextRoleQuestion({ personal_data: "unknown", direct_authority: "no", primary_service: "no" })).toBeNull();
  });

  it("reaches the spec's outcome for every complete set of facts, asking each question at most once", () => {
    const wrong: unknown[] = [];
    for (const facts of allAnswerSets(false) as CompleteRoleAnswers[]) {
      const answers: RoleAssessmentAnswers = {};
      for (let question = nextRoleQuestion(answers); question; question = nextRoleQuestion(answers)) {
        // Open questions are exactly the ones that matter (tested above), so this asks nothing needless.
        if (answers[question.key] !== undefined) {
          wrong.push({ facts, answers, askedAgain: question.key });
          break;
        }
        Object.assign(answers, { [question.key]: facts[question.key] });
      }
      if (assessRole(answers).outcome !== specOutcome(facts)) wrong.push({ facts, answers });
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("asks three questions for incidental access and all nine on the processor path", () => {
    const asked = (facts: CompleteRoleAnswers) => {
      const answers: RoleAssessmentAnswers = {};
      for (let question = nextRoleQuestion(answers); question; question = nextRoleQuestion(answers)) {
        Object.assign(answers, { [question.key]: facts[question.key] });
      }
      return Object.keys(answers);
    };
    expect(asked({ ...processorAnswers, direct_authority: "no", primary_service: "no" })).toEqual([
      "personal_data",
      "direct_authority",
      "primary_service",
    ]);
    expect(asked(processorAnswers)).toEqual(roleQuestionKeys);
  });
});
