import type { AuthoredVersionDetail, Deviation } from "@art28/contract";
import { requirementDefinition, type RequirementId } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useState, type FormEvent } from "react";
import { authoringApi } from "../api/authoring-client.ts";
import { ApiError } from "../api/client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import type { StatusAppearance } from "../check/StatusIcon.tsx";
import { StatusIcon } from "../check/StatusIcon.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { issueField } from "../register/field-issues.ts";
import { formatMoment } from "../register/register-time.ts";
import { isValid, validateProposal, type FieldProblems, type ProposalValues } from "./negotiation-forms.ts";
import { TextComparisonView } from "./TextComparisonView.tsx";
import { TextField } from "./TextField.tsx";
import {
  clauseElementId,
  deviationActions,
  mayProposeOn,
  organisationOfSide,
  type ViewerAbilities,
} from "./version-view.ts";

type HeadingLevel = 3 | 4 | 5 | 6;

const deviationAppearance: Record<Deviation["status"], StatusAppearance> = {
  proposed: "missing",
  accepted: "present",
  rejected: "conflict",
  countered: "advisory",
  withdrawn: "advisory",
};

/** The problem of a form field in words. */
function problemKey(problem: NonNullable<FieldProblems<string>[string]>): MessageKey {
  return `authoring.problem.${problem}`;
}

/** One kind of finding (weakened or in conflict) with the requirements it names. */
function RequirementFindings({
  appearance,
  heading,
  requirements,
}: {
  appearance: "missing" | "conflict";
  heading: string;
  requirements: readonly RequirementId[];
}) {
  const { locale } = useTranslation();
  if (requirements.length === 0) return null;
  return (
    <>
      <Paragraph>
        <StatusIcon appearance={appearance} /> <strong>{heading}</strong>
      </Paragraph>
      <ul>
        {requirements.map((id) => (
          <li key={id}>{requirementDefinition(id).title[locale]}</li>
        ))}
      </ul>
    </>
  );
}

/** The mandatory requirements a proposed text breaks, named in the user's language. */
export function ImpactWarning({ deviation }: { deviation: Pick<Deviation, "weakenedRequirements" | "conflicts"> }) {
  const { t } = useTranslation();
  if (deviation.weakenedRequirements.length === 0 && deviation.conflicts.length === 0) return null;
  return (
    <div className="art28-authoring-warning">
      <RequirementFindings
        appearance="missing"
        heading={t("authoring.impact.weakened")}
        requirements={deviation.weakenedRequirements}
      />
      <RequirementFindings
        appearance="conflict"
        heading={t("authoring.impact.conflicts")}
        requirements={deviation.conflicts}
      />
      <Paragraph>{t("authoring.impact.advice")}</Paragraph>
    </div>
  );
}

interface ProposalFormProps {
  idPrefix: string;
  heading: string;
  headingLevel: HeadingLevel;
  initialText: string;
  /** The clause as it stands; a proposal must differ from it. */
  currentText: string;
  documentLanguage: string;
  submitLabel: string;
  onSubmit: (values: ProposalValues) => Promise<void>;
  onCancel: () => void;
}

/** A proposal or counter-proposal: the whole clause as proposed, and why. */
function ProposalForm({
  idPrefix,
  heading,
  headingLevel,
  initialText,
  currentText,
  documentLanguage,
  submitLabel,
  onSubmit,
  onCancel,
}: ProposalFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProposalValues>({ proposedText: initialText, reason: "" });
  const [problems, setProblems] = useState<FieldProblems<keyof ProposalValues>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { proposedText: `${idPrefix}-text`, reason: `${idPrefix}-reason` };
  const labels = { proposedText: t("authoring.proposal.text"), reason: t("authoring.proposal.reason") };

  const fail = (fields: FieldProblems<keyof ProposalValues>, message: MessageKey | null) => {
    setProblems(fields);
    setGeneral(message);
    setAttempt((value) => value + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validateProposal(values, currentText);
    if (!isValid(found)) {
      fail(found, null);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fields: FieldProblems<keyof ProposalValues> = {};
      if (error instanceof ApiError && error.code === "validation_failed") {
        for (const issue of error.issues) {
          const field = issueField(issue.path);
          if (field === "proposedText" || field === "reason") {
            fields[field] ??= /^Too big/.test(issue.message) ? "tooLong" : "required";
          }
        }
      }
      fail(fields, isValid(fields) ? errorMessageKey(error) : null);
    } finally {
      setBusy(false);
    }
  };

  const fieldNames = ["proposedText", "reason"] as const;
  const shown = fieldNames.filter((name) => problems[name] !== undefined);
  return (
    <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={headingLevel}>{heading}</Heading>
      {(shown.length > 0 || general) && (
        <ErrorSummary
          title={t("authoring.errorSummary")}
          focusKey={attempt}
          general={general ? [t(general)] : []}
          items={shown.map((name) => ({
            targetId: ids[name],
            message: `${labels[name]}: ${t(problemKey(problems[name]!))}`,
          }))}
        />
      )}
      <TextField
        id={ids.proposedText}
        label={labels.proposedText}
        description={t("authoring.proposal.textDescription")}
        error={problems.proposedText && t(problemKey(problems.proposedText))}
        rows={7}
        lang={documentLanguage}
        value={values.proposedText}
        onChange={(proposedText) => setValues((previous) => ({ ...previous, proposedText }))}
      />
      <TextField
        id={ids.reason}
        label={labels.reason}
        description={t("authoring.proposal.reasonDescription")}
        error={problems.reason && t(problemKey(problems.reason))}
        rows={3}
        required
        value={values.reason}
        onChange={(reason) => setValues((previous) => ({ ...previous, reason }))}
      />
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {busy ? t("authoring.sending") : submitLabel}
        </Button>
        <Button type="button" purpose="secondary" onClick={onCancel}>
          {t("authoring.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** Rejecting a proposal, with an optional note for the other side. */
function RejectForm({
  idPrefix,
  heading,
  headingLevel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  heading: string;
  headingLevel: HeadingLevel;
  onSubmit: (note: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [tooLong, setTooLong] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `${idPrefix}-note`;
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (note.trim().length > 2000) {
      setTooLong(true);
      document.getElementById(id)?.focus();
      return;
    }
    setTooLong(false);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(note.trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={headingLevel}>{heading}</Heading>
      {error !== null && <ErrorAlert error={error} summaryKey="authoring.deviation.rejectFailed" />}
      <TextField
        id={id}
        label={t("authoring.deviation.rejectNote")}
        description={t("authoring.deviation.rejectNoteDescription")}
        error={tooLong ? t("authoring.problem.tooLong") : undefined}
        rows={3}
        value={note}
        onChange={setNote}
      />
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary" hint="negative" busy={busy}>
          {busy ? t("authoring.sending") : t("authoring.deviation.rejectSubmit")}
        </Button>
        <Button type="button" purpose="secondary" onClick={onCancel}>
          {t("authoring.cancel")}
        </Button>
      </div>
    </form>
  );
}

type Mode =
  | { kind: "idle" }
  | { kind: "propose" }
  | { kind: "counter"; deviation: Deviation }
  | { kind: "reject"; deviation: Deviation };

export interface ClauseNegotiationProps {
  organisationId: string;
  version: AuthoredVersionDetail;
  clause: { clauseId: string; number: string; currentText: string };
  deviations: readonly Deviation[];
  abilities: ViewerAbilities;
  headingLevel: HeadingLevel;
  /** After a change: tells the user and reloads the version. */
  onChanged: (message: string, clauseId: string) => void;
}

/**
 * Everything negotiated about one clause: the proposals so far with their comparison, reason,
 * impact on the requirements and answers, and the steps the user can take now.
 */
export function ClauseNegotiation({
  organisationId,
  version,
  clause,
  deviations,
  abilities,
  headingLevel,
  onChanged,
}: ClauseNegotiationProps) {
  const { t, locale } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const idPrefix = `negotiation-${clause.clauseId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const canPropose = mayProposeOn(version, deviations, abilities);
  const partyOf = (side: Deviation["proposedBy"]) => organisationOfSide(version, side) ?? t(`authoring.side.${side}`);
  const aboutClause = t("authoring.aboutClause", { number: clause.number });

  // A closed form leaves focus nowhere: continue at the clause it was about.
  const backToClause = () => {
    setMode({ kind: "idle" });
    requestAnimationFrame(() => document.getElementById(clauseElementId(clause.clauseId))?.focus());
  };

  const done = (message: string) => {
    setMode({ kind: "idle" });
    onChanged(message, clause.clauseId);
  };

  const immediate = async (key: string, action: () => Promise<void>, message: string) => {
    setBusy(key);
    setError(null);
    try {
      await action();
      done(message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="art28-negotiation">
      {deviations.length > 0 && (
        <ol className="art28-deviation-list" aria-label={t("authoring.deviation.listLabel", { number: clause.number })}>
          {deviations.map((deviation) => {
            const actions = deviationActions(version, deviation, abilities);
            const appearance = deviationAppearance[deviation.status];
            return (
              <li key={deviation.id} className={`art28-deviation art28-deviation--${deviation.status}`}>
                <Paragraph className="art28-deviation__meta">
                  <strong>
                    {deviation.parentId
                      ? t("authoring.deviation.counterBy", { party: partyOf(deviation.proposedBy) })
                      : t("authoring.deviation.proposalBy", { party: partyOf(deviation.proposedBy) })}
                  </strong>
                  {deviation.proposedByName && ` (${deviation.proposedByName})`}
                  {", "}
                  {formatMoment(locale, deviation.createdAt)}{" "}
                  <span className={`art28-status art28-status--${appearance}`}>
                    <StatusIcon appearance={appearance} />
                    {t(`authoring.deviationStatus.${deviation.status}`)}
                  </span>
                </Paragraph>
                <TextComparisonView
                  before={deviation.originalText}
                  after={deviation.proposedText}
                  documentLanguage={version.language}
                />
                <Paragraph>
                  <strong>{t("authoring.deviation.reason")}</strong> {deviation.reason}
                </Paragraph>
                <ImpactWarning deviation={deviation} />
                {deviation.respondedAt && (
                  <Paragraph>
                    {t(
                      deviation.status === "accepted"
                        ? "authoring.deviation.acceptedBy"
                        : deviation.status === "rejected"
                          ? "authoring.deviation.rejectedBy"
                          : "authoring.deviation.answeredBy",
                      {
                        name: deviation.respondedByName ?? t("authoring.deviation.someone"),
                        moment: formatMoment(locale, deviation.respondedAt),
                      },
                    )}
                    {deviation.responseNote && (
                      <>
                        {" "}
                        <strong>{t("authoring.deviation.note")}</strong> {deviation.responseNote}
                      </>
                    )}
                  </Paragraph>
                )}
                {(actions.respond || actions.withdraw) && mode.kind === "idle" && (
                  <div className="art28-register-actions">
                    {actions.respond && (
                      <>
                        <Button
                          purpose="primary"
                          busy={busy === `accept-${deviation.id}`}
                          disabled={busy !== null}
                          onClick={() =>
                            void immediate(
                              `accept-${deviation.id}`,
                              () =>
                                authoringApi.respondToDeviation(organisationId, version.id, deviation.id, {
                                  decision: "accept",
                                  note: "",
                                }),
                              t("authoring.deviation.accepted", { number: clause.number }),
                            )
                          }
                        >
                          {t("authoring.deviation.accept")}
                          <span className="art28-visually-hidden"> {aboutClause}</span>
                        </Button>
                        <Button
                          purpose="secondary"
                          hint="negative"
                          onClick={() => setMode({ kind: "reject", deviation })}
                        >
                          {t("authoring.deviation.reject")}
                          <span className="art28-visually-hidden"> {aboutClause}</span>
                        </Button>
                        <Button purpose="secondary" onClick={() => setMode({ kind: "counter", deviation })}>
                          {t("authoring.deviation.counter")}
                          <span className="art28-visually-hidden"> {aboutClause}</span>
                        </Button>
                      </>
                    )}
                    {actions.withdraw && (
                      <Button
                        purpose="secondary"
                        busy={busy === `withdraw-${deviation.id}`}
                        disabled={busy !== null}
                        onClick={() =>
                          void immediate(
                            `withdraw-${deviation.id}`,
                            () => authoringApi.withdrawDeviation(organisationId, version.id, deviation.id),
                            t("authoring.deviation.withdrawn", { number: clause.number }),
                          )
                        }
                      >
                        {t("authoring.deviation.withdraw")}
                        <span className="art28-visually-hidden"> {aboutClause}</span>
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {error !== null && <ErrorAlert error={error} summaryKey="authoring.deviation.actionFailed" />}
      {mode.kind === "idle" && canPropose && (
        <div className="art28-register-actions">
          <Button purpose="subtle" onClick={() => setMode({ kind: "propose" })}>
            {t("authoring.deviation.propose")}
            <span className="art28-visually-hidden"> {aboutClause}</span>
          </Button>
        </div>
      )}
      {mode.kind === "propose" && (
        <ProposalForm
          idPrefix={`${idPrefix}-propose`}
          heading={t("authoring.proposal.title", { number: clause.number })}
          headingLevel={headingLevel}
          initialText={clause.currentText}
          currentText={clause.currentText}
          documentLanguage={version.language}
          submitLabel={t("authoring.proposal.submit")}
          onCancel={backToClause}
          onSubmit={async (values) => {
            await authoringApi.proposeDeviation(organisationId, version.id, {
              clauseId: clause.clauseId,
              proposedText: values.proposedText.trim(),
              reason: values.reason.trim(),
              counterTo: null,
            });
            done(t("authoring.proposal.sent", { number: clause.number }));
          }}
        />
      )}
      {mode.kind === "counter" && (
        <ProposalForm
          idPrefix={`${idPrefix}-counter`}
          heading={t("authoring.proposal.counterTitle", { number: clause.number })}
          headingLevel={headingLevel}
          initialText={mode.deviation.proposedText}
          currentText={clause.currentText}
          documentLanguage={version.language}
          submitLabel={t("authoring.proposal.counterSubmit")}
          onCancel={backToClause}
          onSubmit={async (values) => {
            await authoringApi.proposeDeviation(organisationId, version.id, {
              clauseId: clause.clauseId,
              proposedText: values.proposedText.trim(),
              reason: values.reason.trim(),
              counterTo: mode.deviation.id,
            });
            done(t("authoring.proposal.counterSent", { number: clause.number }));
          }}
        />
      )}
      {mode.kind === "reject" && (
        <RejectForm
          idPrefix={`${idPrefix}-reject`}
          heading={t("authoring.deviation.rejectTitle", { number: clause.number })}
          headingLevel={headingLevel}
          onCancel={backToClause}
          onSubmit={async (note) => {
            await authoringApi.respondToDeviation(organisationId, version.id, mode.deviation.id, {
              decision: "reject",
              note,
            });
            done(t("authoring.deviation.rejected", { number: clause.number }));
          }}
        />
      )}
    </div>
  );
}
