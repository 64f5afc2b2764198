import { describe, expect, it } from "vitest";
import {
  AgreementTransitionError,
  agreementStatuses,
  allowedAgreementTransitions,
  assertTransition,
  canTransition,
  explainTransition,
  type AgreementStatus,
} from "./agreements.ts";

describe("agreement status transitions", () => {
  it.each([
    ["draft", "negotiating"],
    ["draft", "signed"],
    ["draft", "ended"],
    ["negotiating", "draft"],
    ["negotiating", "signed"],
    ["negotiating", "ended"],
    ["signed", "active"],
    ["signed", "ended"],
    ["active", "ended"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(explainTransition(from, to)).toEqual({ allowed: true });
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    ["draft", "active", "unsigned_cannot_be_active"],
    ["negotiating", "active", "unsigned_cannot_be_active"],
    ["signed", "draft", "signed_text_is_fixed"],
    ["signed", "negotiating", "signed_text_is_fixed"],
    ["active", "draft", "signed_text_is_fixed"],
    ["active", "negotiating", "signed_text_is_fixed"],
    ["active", "signed", "activation_is_final"],
    ["ended", "draft", "ended_is_final"],
    ["ended", "negotiating", "ended_is_final"],
    ["ended", "signed", "ended_is_final"],
    ["ended", "active", "ended_is_final"],
  ] as const)("refuses %s → %s because %s", (from, to, refusal) => {
    expect(canTransition(from, to)).toBe(false);
    const verdict = explainTransition(from, to);
    expect(verdict).toMatchObject({ allowed: false, refusal });
    if (!verdict.allowed) {
      expect(verdict.reason.nl.length).toBeGreaterThan(10);
      expect(verdict.reason.en.length).toBeGreaterThan(10);
    }
    expect(() => assertTransition(from, to)).toThrow(AgreementTransitionError);
  });

  it("refuses staying in the same status", () => {
    for (const status of agreementStatuses) {
      expect(explainTransition(status, status)).toMatchObject({ allowed: false, refusal: "same_status" });
    }
  });

  it("lets every status but ended be ended, and nothing leave ended", () => {
    for (const status of agreementStatuses) {
      expect(canTransition(status, "ended")).toBe(status !== "ended");
      expect(canTransition("ended", status)).toBe(false);
    }
    expect(allowedAgreementTransitions.ended).toEqual([]);
  });

  it("names the transition and the reason in the error", () => {
    let caught: unknown;
    try {
      assertTransition("ended", "active");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AgreementTransitionError);
    const error = caught as AgreementTransitionError;
    expect(error).toMatchObject({ from: "ended", to: "active", refusal: "ended_is_final" });
    expect(error.message).toContain("from ended to active");
    expect(error.reason.nl).toContain("nieuwe overeenkomst");
  });

  it("covers every pair of statuses with a verdict", () => {
    const pairs: Array<[AgreementStatus, AgreementStatus]> = agreementStatuses.flatMap((from) =>
      agreementStatuses.map((to): [AgreementStatus, AgreementStatus] => [from, to]),
    );
    const allowed = pairs.filter(([from, to]) => canTransition(from, to));
    expect(allowed).toHaveLength(9);
  });
});
