import type { ScanSignatories } from "../api/authoring-client.ts";

/**
 * Checks of the small forms on the agreement page (a proposal, a signature, a signed scan)
 * before anything is sent, as stable reasons the page turns into text.
 */

/** What is wrong with one field. */
export type FormProblem = "required" | "tooLong" | "unchanged" | "notConfirmed" | "notPdf" | "tooLarge";

export type FieldProblems<Field extends string> = Partial<Record<Field, FormProblem>>;

export interface ProposalValues {
  proposedText: string;
  reason: string;
}

/**
 * A proposal needs a reason and a text that differs from the clause as it stands. An empty
 * text is allowed: it proposes to delete the clause.
 */
export function validateProposal(values: ProposalValues, currentText: string): FieldProblems<keyof ProposalValues> {
  const problems: FieldProblems<keyof ProposalValues> = {};
  const text = values.proposedText.trim();
  if (text.length > 4000) problems.proposedText = "tooLong";
  else if (text === currentText.trim()) problems.proposedText = "unchanged";
  if (values.reason.trim() === "") problems.reason = "required";
  else if (values.reason.trim().length > 2000) problems.reason = "tooLong";
  return problems;
}

export interface SignatureValues {
  signatoryName: string;
  signatoryRole: string;
  confirmed: boolean;
}

/** A signature needs a name, a role, and the confirmation that the signatory read the document and may sign. */
export function validateSignature(values: SignatureValues): FieldProblems<keyof SignatureValues> {
  const problems: FieldProblems<keyof SignatureValues> = {};
  for (const field of ["signatoryName", "signatoryRole"] as const) {
    const text = values[field].trim();
    if (text === "") problems[field] = "required";
    else if (text.length > 200) problems[field] = "tooLong";
  }
  if (!values.confirmed) problems.confirmed = "notConfirmed";
  return problems;
}

/** The largest scan the server takes, as for any document upload. */
export const maximumScanBytes = 20 * 1024 * 1024;

export type ScanField = keyof ScanSignatories | "file";

/** A scan must be a PDF of at most 20 MB, with both signatories' names and roles. */
export function validateScan(
  signatories: ScanSignatories,
  file: Pick<File, "name" | "type" | "size"> | null,
): FieldProblems<ScanField> {
  const problems: FieldProblems<ScanField> = {};
  if (!file) problems.file = "required";
  else if (file.type !== "application/pdf" && !file.name.toLowerCase().endsWith(".pdf")) problems.file = "notPdf";
  else if (file.size > maximumScanBytes) problems.file = "tooLarge";
  for (const field of Object.keys(signatories) as Array<keyof ScanSignatories>) {
    const text = signatories[field].trim();
    if (text === "") problems[field] = "required";
    else if (text.length > 200) problems[field] = "tooLong";
  }
  return problems;
}

/** True when a form has no problems. */
export function isValid(problems: Partial<Record<string, FormProblem>>): boolean {
  return Object.keys(problems).length === 0;
}
