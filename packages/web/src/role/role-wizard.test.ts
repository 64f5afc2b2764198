import { processorAnswers } from "@art28/domain";
import { describe, expect, it } from "vitest";
import { answersFromSearch, ruleNumber, searchAfterAnswer, searchFor, wizardPath, wizardView } from "./role-wizard.ts";

/** The spec's payroll case: a salary bureau processing on the municipality's instructions. */
const payroll = processorAnswers;

describe("role wizard addresses", () => {
  it("reads only known keys with allowed values", () => {
    const answers = answersFromSearch(
      new URLSearchParams("personal_data=yes&purpose_by=yes&colour=blue&legal_task=unknown&vraag=legal_task"),
    );
    expect(answers).toEqual({ personal_data: "yes", legal_task: "unknown" });
  });

  it("writes answers in asking order and round-trips them", () => {
    const search = searchFor({ direct_authority: "no", personal_data: "yes" }, { question: "personal_data" });
    expect(search).toBe("personal_data=yes&direct_authority=no&vraag=personal_data");
    expect(answersFromSearch(new URLSearchParams(search))).toEqual({ personal_data: "yes", direct_authority: "no" });
  });
});

describe("wizardPath", () => {
  it("asks the first question when nothing is answered", () => {
    expect(wizardPath({})).toEqual({ asked: [], answers: {}, next: "personal_data" });
  });

  it("walks the payroll case to the end", () => {
    const path = wizardPath(payroll);
    expect(path.asked).toEqual(Object.keys(payroll));
    expect(path.next).toBeNull();
  });

  it("stops as soon as an answer decides, and drops answers that no longer matter", () => {
    const path = wizardPath({ ...payroll, personal_data: "no" });
    expect(path.asked).toEqual(["personal_data"]);
    expect(path.answers).toEqual({ personal_data: "no" });
    expect(path.next).toBeNull();
  });

  it("does not ask a question answered 'unknown' again", () => {
    const path = wizardPath({ personal_data: "unknown" });
    expect(path.asked).toEqual(["personal_data"]);
    expect(path.next).toBe("direct_authority");
  });
});

describe("wizardView", () => {
  it("shows the next question with its number and the one before it", () => {
    const view = wizardView(new URLSearchParams("personal_data=yes&direct_authority=no"));
    expect(view).toEqual({
      kind: "question",
      key: "primary_service",
      number: 3,
      previous: "direct_authority",
      following: null,
      thenResult: false,
    });
  });

  it("shows an earlier question on request, for back and for changing an answer", () => {
    const view = wizardView(
      new URLSearchParams("personal_data=yes&direct_authority=no&vraag=personal_data&daarna=uitslag"),
    );
    expect(view).toMatchObject({ kind: "question", key: "personal_data", number: 1, previous: null, thenResult: true });
    expect(view.kind === "question" && view.following).toBe("direct_authority");
  });

  it("ignores a requested question that is not on the path", () => {
    const view = wizardView(new URLSearchParams("personal_data=yes&vraag=follows_instructions"));
    expect(view).toMatchObject({ kind: "question", key: "direct_authority", number: 2 });
  });

  it("shows the result once nothing more is asked", () => {
    expect(wizardView(new URLSearchParams(searchFor(payroll)))).toEqual({ kind: "result" });
    expect(wizardView(new URLSearchParams("personal_data=no"))).toEqual({ kind: "result" });
  });
});

describe("searchAfterAnswer", () => {
  it("goes on to the next unanswered question", () => {
    expect(searchAfterAnswer({}, "personal_data", "yes", false)).toBe("personal_data=yes");
  });

  it("walks through later questions that were already answered", () => {
    const search = searchAfterAnswer({ personal_data: "yes", direct_authority: "no" }, "personal_data", "yes", false);
    expect(search).toBe("personal_data=yes&direct_authority=no&vraag=direct_authority");
  });

  it("goes straight to the result after changing one answer from the summary", () => {
    const search = searchAfterAnswer(payroll, "follows_instructions", "no", true);
    expect(wizardView(new URLSearchParams(search))).toEqual({ kind: "result" });
    expect(answersFromSearch(new URLSearchParams(search)).follows_instructions).toBe("no");
  });
});

describe("ruleNumber", () => {
  it("takes the number from the rule id", () => {
    expect(ruleNumber("R11_processes_on_instructions")).toBe(11);
    expect(ruleNumber("R1_no_personal_data")).toBe(1);
  });
});
