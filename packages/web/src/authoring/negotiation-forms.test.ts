import { describe, expect, it } from "vitest";
import { maximumScanBytes, validateProposal, validateScan, validateSignature } from "./negotiation-forms.ts";

const signatories = {
  controllerSignatoryName: "Priya Privacy",
  controllerSignatoryRole: "Privacy officer",
  processorSignatoryName: "Sander Salaris",
  processorSignatoryRole: "Directeur",
};

describe("the small forms of the agreement page", () => {
  it("needs a reason and a changed text for a proposal; an empty text proposes deletion", () => {
    const current = "De verwerker is aansprakelijk tot 500.000 euro.";
    expect(validateProposal({ proposedText: "Tot 1.000.000 euro.", reason: "Hoger risico" }, current)).toEqual({});
    expect(validateProposal({ proposedText: "", reason: "Dubbel geregeld" }, current)).toEqual({});
    expect(validateProposal({ proposedText: ` ${current} `, reason: " " }, current)).toEqual({
      proposedText: "unchanged",
      reason: "required",
    });
    expect(validateProposal({ proposedText: "x".repeat(4001), reason: "r" }, current)).toEqual({
      proposedText: "tooLong",
    });
  });

  it("needs a name, a role and the confirmation for a signature", () => {
    expect(validateSignature({ signatoryName: "Priya", signatoryRole: "Burgemeester", confirmed: true })).toEqual({});
    expect(validateSignature({ signatoryName: "", signatoryRole: " ", confirmed: false })).toEqual({
      signatoryName: "required",
      signatoryRole: "required",
      confirmed: "notConfirmed",
    });
  });

  it("takes a PDF scan of at most 20 MB with both signatories", () => {
    const pdf = { name: "getekend.pdf", type: "application/pdf", size: 1000 };
    expect(validateScan(signatories, pdf)).toEqual({});
    expect(validateScan(signatories, null)).toEqual({ file: "required" });
    expect(validateScan(signatories, { name: "scan.jpg", type: "image/jpeg", size: 10 })).toEqual({ file: "notPdf" });
    expect(validateScan(signatories, { ...pdf, size: maximumScanBytes + 1 })).toEqual({ file: "tooLarge" });
    expect(validateScan({ ...signatories, processorSignatoryRole: "" }, pdf)).toEqual({
      processorSignatoryRole: "required",
    });
  });
});
