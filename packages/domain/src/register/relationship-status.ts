import type { RoleOutcome } from "../role-assessment/outcomes.ts";
import type { AgreementKind, AgreementStatus } from "./agreements.ts";
import { authorityNotificationDeadline } from "./breaches.ts";
import { addDays, calendarDateOf, registerTimeZone, type CalendarDate } from "./calendar.ts";
import type { CertificationKind } from "./security.ts";

/** How many days ahead an end date, expiry or other deadline starts to count as coming. */
export const deadlineWarningDays = 90;

export interface AgreementFacts {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus;
  effectiveOn: CalendarDate | null;
  endsOn: CalendarDate | null;
  reviewOn: CalendarDate | null;
  /** Summary of the latest stored check result; null when the agreement was never checked. */
  latestCheck: { compliant: boolean; checkedAt: Date } | null;
}

export interface CertificationFacts {
  id: string;
  kind: CertificationKind;
  holder: string;
  /** Null for a certificate without expiry date. */
  expiresOn: CalendarDate | null;
}

export interface AuditFacts {
  id: string;
  plannedOn: CalendarDate | null;
  doneOn: CalendarDate | null;
  followUpDueOn: CalendarDate | null;
  followUpDoneOn: CalendarDate | null;
}

export interface BreachFacts {
  id: string;
  /** Null while the processor has not yet told the controller: the 72 hours have not started. */
  controllerAwareAt: Date | null;
  /** False when the controller documented that the breach is unlikely to result in a risk (Art. 33(1)). */
  authorityNotificationRequired: boolean;
  authorityNotifiedAt: Date | null;
}

/** Everything the register knows about one relationship that the computed status depends on. */
export interface RelationshipFacts {
  /** The role recorded on the relationship; null when not (yet) recorded. */
  role: RoleOutcome | null;
  /** The newest role assessment of the counterparty; null when there is none. */
  latestRoleAssessment: { outcome: RoleOutcome } | null;
  agreements: readonly AgreementFacts[];
  certifications: readonly CertificationFacts[];
  audits: readonly AuditFacts[];
  breaches: readonly BreachFacts[];
}

/**
 * - `compliant`: the role calls for an agreement and one of that kind is active, in force
 *   today, and (for a processor agreement) its latest check found every mandatory requirement.
 * - `missing`: the role calls for an agreement and none of that kind is signed or active. For a
 *   processor both parties are in breach of Art. 28(3) GDPR.
 * - `incomplete`: an agreement is signed or active, but it is not yet in force, or its check
 *   is missing or failed.
 * - `not_required`: the role calls for no GDPR agreement.
 * - `undetermined`: the role is not known yet.
 */
export const complianceStates = ["compliant", "missing", "incomplete", "not_required", "undetermined"] as const;
export type ComplianceState = (typeof complianceStates)[number];

/**
 * Signals for the dashboard. Each carries the date that triggers it:
 * - `missing_agreement`: see `missing` above (no date: it applies now).
 * - `agreement_expiring`: a signed or active agreement ends within 90 days (on: its end date).
 * - `agreement_expired`: a signed or active agreement passed its end date but was not marked
 *   ended; it no longer counts as an agreement (on: its end date).
 * - `review_overdue`: the review date of a signed or active agreement has passed.
 * - `check_failed`: an active processor agreement whose latest check is not compliant (on: the
 *   day of the check). `check_missing`: an active processor agreement never checked.
 * - `audit_overdue`: an audit planned before today is not done. `audit_follow_up_overdue`: its
 *   follow-up was due before today and is not done.
 * - `certification_expired`: a certificate expired and no certificate of the same kind and
 *   holder is valid today.
 * - `breach_deadline_running` / `breach_deadline_missed`: the authority is not notified yet of
 *   a breach that must be notified, and the 72 hours are running / have passed (at: the
 *   deadline). A notification made late is history, not a signal.
 */
export const relationshipFlagIds = [
  "missing_agreement",
  "agreement_expiring",
  "agreement_expired",
  "review_overdue",
  "check_failed",
  "check_missing",
  "audit_overdue",
  "audit_follow_up_overdue",
  "certification_expired",
  "breach_deadline_running",
  "breach_deadline_missed",
] as const;
export type RelationshipFlagId = (typeof relationshipFlagIds)[number];

export interface RegisterSubject {
  type: "agreement" | "certification" | "audit" | "breach";
  id: string;
}

export interface RelationshipFlag {
  flag: RelationshipFlagId;
  /** The day that triggers the flag, in the register's time zone; null when it applies from now on. */
  on: CalendarDate | null;
  /** The exact moment, for deadlines counted in hours (the breach notification); otherwise null. */
  at: Date | null;
  /** The record the flag is about; null when it is about the relationship as a whole. */
  subject: RegisterSubject | null;
}

export const deadlineKinds = [
  "agreement_end",
  "agreement_review",
  "audit",
  "audit_follow_up",
  "certification_expiry",
  "breach_authority_notification",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** A date still to come (today included), for "the deadlines of the coming 90 days". */
export interface RegisterDeadline {
  deadline: DeadlineKind;
  on: CalendarDate;
  at: Date | null;
  subject: RegisterSubject;
}

export interface RelationshipStatus {
  /** The agreement the role calls for; null while the role is undetermined. */
  requiredAgreement: AgreementKind | null;
  compliance: ComplianceState;
  /** Ordered by date, undated flags first (they apply now). */
  flags: RelationshipFlag[];
  /** Deadlines from today up to `withinDays` days ahead, ordered by date. */
  deadlines: RegisterDeadline[];
}

export interface RelationshipStatusOptions {
  timeZone?: string;
  withinDays?: number;
}

/**
 * The agreement a relationship needs. When the relationship's role and the latest role
 * assessment differ, the stricter obligation wins: a processor in either makes a processor
 * agreement required, since leaving it out is a breach by both parties.
 */
export function requiredAgreementKind(
  facts: Pick<RelationshipFacts, "role" | "latestRoleAssessment">,
): AgreementKind | null {
  const outcomes = [facts.latestRoleAssessment?.outcome, facts.role].filter(
    (outcome): outcome is RoleOutcome => outcome !== undefined && outcome !== null,
  );
  if (outcomes.includes("processor")) return "processor_agreement";
  if (outcomes.includes("joint_controllers")) return "art26_arrangement";
  if (outcomes.some((outcome) => outcome !== "undetermined")) return "none_needed";
  return null;
}

const signedStatuses: readonly AgreementStatus[] = ["signed", "active"];

/**
 * The computed status of one relationship at `now`: whether its paperwork is in order, which
 * signals are on, and which deadlines are coming. Pure: the caller supplies the facts and the
 * clock.
 */
export function relationshipStatus(
  facts: RelationshipFacts,
  now: Date,
  options: RelationshipStatusOptions = {},
): RelationshipStatus {
  const timeZone = options.timeZone ?? registerTimeZone;
  const withinDays = options.withinDays ?? deadlineWarningDays;
  const today = calendarDateOf(now, timeZone);
  const horizon = addDays(today, withinDays);
  const warningHorizon = addDays(today, deadlineWarningDays);
  const flags: RelationshipFlag[] = [];
  const deadlines: RegisterDeadline[] = [];
  const addDeadline = (deadline: DeadlineKind, on: CalendarDate, subject: RegisterSubject, at: Date | null = null) => {
    if (on >= today && on <= horizon) deadlines.push({ deadline, on, at, subject });
  };

  const notPastEnd = (agreement: AgreementFacts) => agreement.endsOn === null || agreement.endsOn >= today;
  const required = requiredAgreementKind(facts);
  const ofRequiredKind = facts.agreements.filter((agreement) => agreement.kind === required);
  const held = ofRequiredKind.filter((agreement) => signedStatuses.includes(agreement.status) && notPastEnd(agreement));
  const inForce = held.filter(
    (agreement) => agreement.status === "active" && (agreement.effectiveOn === null || agreement.effectiveOn <= today),
  );

  let compliance: ComplianceState;
  if (required === null) compliance = "undetermined";
  else if (required === "none_needed") compliance = "not_required";
  else if (held.length === 0) compliance = "missing";
  else if (
    inForce.some((agreement) => agreement.kind !== "processor_agreement" || agreement.latestCheck?.compliant === true)
  )
    compliance = "compliant";
  else compliance = "incomplete";
  if (compliance === "missing") flags.push({ flag: "missing_agreement", on: null, at: null, subject: null });

  for (const agreement of facts.agreements) {
    if (!signedStatuses.includes(agreement.status)) continue;
    const subject: RegisterSubject = { type: "agreement", id: agreement.id };
    if (agreement.endsOn !== null) {
      if (agreement.endsOn < today) flags.push({ flag: "agreement_expired", on: agreement.endsOn, at: null, subject });
      else if (agreement.endsOn <= warningHorizon)
        flags.push({ flag: "agreement_expiring", on: agreement.endsOn, at: null, subject });
      addDeadline("agreement_end", agreement.endsOn, subject);
    }
    if (agreement.reviewOn !== null) {
      if (agreement.reviewOn < today) flags.push({ flag: "review_overdue", on: agreement.reviewOn, at: null, subject });
      addDeadline("agreement_review", agreement.reviewOn, subject);
    }
    if (agreement.status === "active" && agreement.kind === "processor_agreement") {
      if (agreement.latestCheck === null) flags.push({ flag: "check_missing", on: null, at: null, subject });
      else if (!agreement.latestCheck.compliant) {
        const on = calendarDateOf(agreement.latestCheck.checkedAt, timeZone);
        flags.push({ flag: "check_failed", on, at: null, subject });
      }
    }
  }

  for (const audit of facts.audits) {
    const subject: RegisterSubject = { type: "audit", id: audit.id };
    if (audit.doneOn === null && audit.plannedOn !== null) {
      if (audit.plannedOn < today) flags.push({ flag: "audit_overdue", on: audit.plannedOn, at: null, subject });
      addDeadline("audit", audit.plannedOn, subject);
    }
    if (audit.followUpDoneOn === null && audit.followUpDueOn !== null) {
      if (audit.followUpDueOn < today)
        flags.push({ flag: "audit_follow_up_overdue", on: audit.followUpDueOn, at: null, subject });
      addDeadline("audit_follow_up", audit.followUpDueOn, subject);
    }
  }

  const sameCertificate = (one: CertificationFacts, other: CertificationFacts) =>
    one.kind === other.kind && one.holder.trim().toLowerCase() === other.holder.trim().toLowerCase();
  const validToday = (certification: CertificationFacts) =>
    certification.expiresOn === null || certification.expiresOn >= today;
  for (const certification of facts.certifications) {
    const subject: RegisterSubject = { type: "certification", id: certification.id };
    if (certification.expiresOn === null) continue;
    if (validToday(certification)) addDeadline("certification_expiry", certification.expiresOn, subject);
    else if (!facts.certifications.some((other) => sameCertificate(other, certification) && validToday(other)))
      flags.push({ flag: "certification_expired", on: certification.expiresOn, at: null, subject });
  }

  for (const breach of facts.breaches) {
    if (!breach.authorityNotificationRequired || breach.authorityNotifiedAt !== null) continue;
    if (breach.controllerAwareAt === null) continue;
    const subject: RegisterSubject = { type: "breach", id: breach.id };
    const at = authorityNotificationDeadline(breach.controllerAwareAt);
    const on = calendarDateOf(at, timeZone);
    if (now.getTime() <= at.getTime()) {
      flags.push({ flag: "breach_deadline_running", on, at, subject });
      addDeadline("breach_authority_notification", on, subject, at);
    } else flags.push({ flag: "breach_deadline_missed", on, at, subject });
  }

  return {
    requiredAgreement: required,
    compliance,
    flags: flags.sort((one, other) => (one.on ?? "").localeCompare(other.on ?? "")),
    deadlines: deadlines.sort((one, other) => one.on.localeCompare(other.on)),
  };
}
