import type { BilingualText } from "../check/catalogue.ts";

/**
 * What kind of paperwork a register entry records. `none_needed` records the conclusion that
 * no GDPR agreement is required (for example for an independent controller), so the register
 * shows that the question was asked instead of leaving a gap.
 */
export const agreementKinds = ["processor_agreement", "art26_arrangement", "none_needed"] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementKindLabels: Record<AgreementKind, BilingualText> = {
  processor_agreement: { nl: "Verwerkersovereenkomst (art. 28 AVG)", en: "Processor agreement (Art. 28 GDPR)" },
  art26_arrangement: {
    nl: "Regeling gezamenlijke verantwoordelijkheid (art. 26 AVG)",
    en: "Joint-controller arrangement (Art. 26 GDPR)",
  },
  none_needed: { nl: "Geen overeenkomst nodig", en: "No agreement needed" },
};

/**
 * The life of an agreement. `signed` means both parties signed but it is not yet in force
 * (its effective date lies ahead or it still waits for activation); `active` means in force.
 */
export const agreementStatuses = ["draft", "negotiating", "signed", "active", "ended"] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementStatusLabels: Record<AgreementStatus, BilingualText> = {
  draft: { nl: "Concept", en: "Draft" },
  negotiating: { nl: "In onderhandeling", en: "Negotiating" },
  signed: { nl: "Ondertekend", en: "Signed" },
  active: { nl: "Van kracht", en: "Active" },
  ended: { nl: "Beëindigd", en: "Ended" },
};

/**
 * The transitions a careful lawyer allows:
 * - `draft → negotiating`: the draft goes to the other party.
 * - `draft → signed`: a standard agreement (for example the VNG model) is signed as offered.
 * - `negotiating → draft`: back to internal redrafting, for instance after legal review.
 * - `negotiating → signed`: the negotiated text is signed.
 * - `signed → active`: the effective date is reached.
 * - any status except `ended` → `ended`: a draft is abandoned, negotiations break off, a signed
 *   agreement is terminated before it takes effect, an active one ends or is cancelled.
 *
 * Refused on purpose:
 * - leaving `ended`: an ended agreement is history. A renewal or restart is a new agreement, so
 *   the register keeps what was in force when (the accountability of Art. 5(2) GDPR).
 * - `signed`/`active` back to `draft` or `negotiating`: a signed text is never edited in place.
 *   An amendment is a new agreement (or addendum) that goes through the same steps.
 * - `draft`/`negotiating` straight to `active`: nothing is in force without signatures.
 * - `active → signed`: activation is not undone; end the agreement instead.
 */
export const allowedAgreementTransitions: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ["negotiating", "signed", "ended"],
  negotiating: ["draft", "signed", "ended"],
  signed: ["active", "ended"],
  active: ["ended"],
  ended: [],
};

/** Why a transition is refused; stable keys, so a service can map them to error codes. */
export const transitionRefusals = [
  "same_status",
  "ended_is_final",
  "unsigned_cannot_be_active",
  "signed_text_is_fixed",
  "activation_is_final",
] as const;
export type TransitionRefusal = (typeof transitionRefusals)[number];

export type TransitionVerdict =
  { allowed: true } | { allowed: false; refusal: TransitionRefusal; reason: BilingualText };

const refusalReasons: Record<TransitionRefusal, BilingualText> = {
  same_status: {
    nl: "De overeenkomst heeft deze status al.",
    en: "The agreement already has this status.",
  },
  ended_is_final: {
    nl: "Een beëindigde overeenkomst kan niet terug. Leg een nieuwe overeenkomst vast.",
    en: "An ended agreement cannot be reopened. Record a new agreement instead.",
  },
  unsigned_cannot_be_active: {
    nl: "Een overeenkomst is pas van kracht na ondertekening. Zet haar eerst op ondertekend.",
    en: "An agreement only takes effect once signed. Mark it as signed first.",
  },
  signed_text_is_fixed: {
    nl: "Een ondertekende tekst wordt niet meer gewijzigd. Leg een wijziging vast als nieuwe overeenkomst.",
    en: "A signed text is not changed any more. Record an amendment as a new agreement.",
  },
  activation_is_final: {
    nl: "Een overeenkomst die van kracht is, gaat niet terug naar ondertekend. Beëindig haar zo nodig.",
    en: "An active agreement does not go back to signed. End it if needed.",
  },
};

/** Whether `from → to` is allowed, and if not, why (in both languages). */
export function explainTransition(from: AgreementStatus, to: AgreementStatus): TransitionVerdict {
  if (allowedAgreementTransitions[from].includes(to)) return { allowed: true };
  const refusal: TransitionRefusal =
    from === to
      ? "same_status"
      : from === "ended"
        ? "ended_is_final"
        : to === "active"
          ? "unsigned_cannot_be_active"
          : from === "active" && to === "signed"
            ? "activation_is_final"
            : "signed_text_is_fixed";
  return { allowed: false, refusal, reason: refusalReasons[refusal] };
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return explainTransition(from, to).allowed;
}

/** Thrown by `assertTransition`; carries the stable refusal key and the reason in both languages. */
export class AgreementTransitionError extends Error {
  readonly from: AgreementStatus;
  readonly to: AgreementStatus;
  readonly refusal: TransitionRefusal;
  readonly reason: BilingualText;

  constructor(from: AgreementStatus, to: AgreementStatus, refusal: TransitionRefusal, reason: BilingualText) {
    super(`Agreement status cannot change from ${from} to ${to}: ${reason.en}`);
    this.name = "AgreementTransitionError";
    this.from = from;
    this.to = to;
    this.refusal = refusal;
    this.reason = reason;
  }
}

/** Throws an `AgreementTransitionError` with the reason when `from → to` is not allowed. */
export function assertTransition(from: AgreementStatus, to: AgreementStatus): void {
  const verdict = explainTransition(from, to);
  if (!verdict.allowed) throw new AgreementTransitionError(from, to, verdict.refusal, verdict.reason);
}
