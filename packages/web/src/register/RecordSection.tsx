import type {
  Agreement,
  Audit,
  Breach,
  Certification,
  RelationshipDetail,
  SecurityMeasure,
  SubProcessor,
} from "@art28/contract";
import type { Locale } from "@art28/contract";
import { agreementKindLabels, certificationKindLabels } from "@art28/domain";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useRef, useState, type ReactNode } from "react";
import { registerApi, type RelationshipRecordKind } from "../api/register-client.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { AgreementDetails } from "./AgreementDetails.tsx";
import { BreachDeadline, CertificationValidity } from "./RecordNotes.tsx";
import { DeleteConfirmation } from "./DeleteConfirmation.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { displayValue, fieldLabel, type Translate } from "./labels.ts";
import { actionName } from "./action-name.ts";
import { initialValues, recordForms } from "./record-forms.ts";
import { RecordFormView } from "./RecordFormView.tsx";
import { formatCalendarDate } from "./register-time.ts";
import "./register.css";

type AnyRecord = SecurityMeasure | Certification | SubProcessor | Agreement | Audit | Breach;

/** What every section needs to know about the page it is on. */
export interface SectionContext {
  organisationId: string;
  relationshipId: string;
  mayWrite: boolean;
  /** Reloads the relationship and announces what happened. */
  onChanged: (message: string) => void;
}

/** The records of one kind in the relationship detail. */
export function recordsOf(detail: RelationshipDetail, kind: RelationshipRecordKind): AnyRecord[] {
  switch (kind) {
    case "security-measures":
      return detail.securityMeasures;
    case "certifications":
      return detail.certifications;
    case "sub-processors":
      return detail.subProcessors;
    case "agreements":
      return detail.agreements;
    case "audits":
      return detail.audits;
    case "breaches":
      return detail.breaches;
  }
}

function shorten(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** What a record is called in its heading, its buttons and its history. */
export function recordTitle(t: Translate, locale: Locale, kind: RelationshipRecordKind, record: AnyRecord): string {
  switch (kind) {
    case "security-measures":
      return shorten((record as SecurityMeasure).description);
    case "certifications": {
      const certification = record as Certification;
      const kindLabel = certificationKindLabels[certification.kind][locale];
      const name = certification.name ? ` ${certification.name}` : "";
      return `${kindLabel}${name} (${certification.holder})`;
    }
    case "sub-processors":
      return (record as SubProcessor).name;
    case "agreements": {
      const agreement = record as Agreement;
      const standard = agreement.standardName
        ? ` (${agreement.standardName}${agreement.standardVersion ? ` ${agreement.standardVersion}` : ""})`
        : "";
      return `${agreementKindLabels[agreement.kind][locale]}${standard}`;
    }
    case "audits": {
      const audit = record as Audit;
      if (audit.doneOn) return t("detail.auditTitleDone", { date: formatCalendarDate(locale, audit.doneOn) });
      if (audit.plannedOn) return t("detail.auditTitlePlanned", { date: formatCalendarDate(locale, audit.plannedOn) });
      return t("detail.item.audits");
    }
    case "breaches": {
      const breach = record as Breach;
      const moment = breach.occurredAt ?? breach.controllerAwareAt;
      return moment
        ? t("detail.breachTitle", { date: displayValue(t, locale, "breach", "occurredAt", moment) })
        : shorten(breach.description);
    }
  }
}

/** The fields of a record that have a value, as label and text. */
function RecordFacts({ kind, record }: { kind: RelationshipRecordKind; record: AnyRecord }) {
  const { t, locale } = useTranslation();
  const form = recordForms[kind];
  const values = record as unknown as Record<string, unknown>;
  const shown = form.fields.filter((field) => {
    const value = values[field.name];
    // A short measure is its own title already.
    if (kind === "security-measures" && field.name === "description" && String(value).length <= 80) return false;
    return (
      value !== null && value !== undefined && value !== "" && !(kind === "breaches" && typeof value === "boolean")
    );
  });
  if (shown.length === 0) return null;
  return (
    <dl className="art28-facts art28-register-facts">
      {shown.map((field) => (
        <div key={field.name} className="art28-facts__item">
          <dt>{fieldLabel(t, form.entityType, field.name)}</dt>
          <dd className="art28-register-prewrap">
            {displayValue(t, locale, form.entityType, field.name, values[field.name])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RecordItem({
  kind,
  record,
  context,
  headingLevel,
  onDeleted,
}: {
  kind: RelationshipRecordKind;
  record: AnyRecord;
  context: SectionContext;
  headingLevel: 3;
  /** Where focus goes once the record, and its buttons, are gone. */
  onDeleted: () => void;
}) {
  const { t, locale } = useTranslation();
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = recordForms[kind];
  const title = recordTitle(t, locale, kind, record);
  const close = () => {
    setMode("view");
    // Back to where the user was, instead of the top of the page.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  let extra: ReactNode = null;
  if (kind === "agreements")
    extra = <AgreementDetails agreement={record as Agreement} context={context} title={title} />;
  if (kind === "certifications") extra = <CertificationValidity certification={record as Certification} />;
  if (kind === "breaches") extra = <BreachDeadline breach={record as Breach} />;

  return (
    <article id={`record-${record.id}`} className="art28-register-record" aria-labelledby={`record-${record.id}-title`}>
      <Heading
        level={headingLevel}
        id={`record-${record.id}-title`}
        ref={headingRef}
        tabIndex={-1}
        className="art28-register-record__title"
      >
        {title}
      </Heading>
      {mode === "edit" ? (
        <RecordFormView
          form={form}
          idPrefix={`edit-${record.id}`}
          initial={initialValues(form, record as unknown as Record<string, unknown>)}
          mode="update"
          submitLabel={t("register.save")}
          onCancel={close}
          onUnchanged={() => {
            close();
            context.onChanged(t("register.unchanged"));
          }}
          onSubmit={async (body) => {
            await registerApi.updateRecord(context.organisationId, context.relationshipId, kind, record.id, body);
            close();
            context.onChanged(t("register.saved"));
          }}
        />
      ) : (
        <>
          <RecordFacts kind={kind} record={record} />
          {extra}
        </>
      )}
      {mode === "delete" && (
        <DeleteConfirmation
          name={title}
          onCancel={close}
          onConfirm={async () => {
            await registerApi.deleteRecord(context.organisationId, context.relationshipId, kind, record.id);
            onDeleted();
            context.onChanged(t("register.deletedMessage", { name: title }));
          }}
        />
      )}
      <div className="art28-register-actions">
        {context.mayWrite && mode === "view" && (
          <>
            <Button
              purpose="secondary"
              aria-label={actionName(t("register.edit"), title)}
              onClick={() => setMode("edit")}
            >
              {t("register.edit")}
            </Button>
            <Button
              purpose="secondary"
              hint="negative"
              aria-label={actionName(t("register.delete"), title)}
              onClick={() => setMode("delete")}
            >
              {t("register.delete")}
            </Button>
          </>
        )}
        <HistoryPanel
          organisationId={context.organisationId}
          entityType={form.entityType}
          entityId={record.id}
          name={title}
        />
      </div>
    </article>
  );
}

/** One section of the detail page: the records of one kind, each editable, and a form to add one. */
export function RecordSection({
  kind,
  detail,
  context,
}: {
  kind: RelationshipRecordKind;
  detail: RelationshipDetail;
  context: SectionContext;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = recordForms[kind];
  const records = recordsOf(detail, kind);
  const headingId = `section-${kind}`;
  const addKey = `detail.add.${kind}` as MessageKey;
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  return (
    <section className="art28-register-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} ref={headingRef} tabIndex={-1}>
        {t(`detail.section.${kind}`)}
      </Heading>
      {records.length === 0 && <Paragraph>{t(`detail.none.${kind}`)}</Paragraph>}
      {records.map((record) => (
        <RecordItem
          key={record.id}
          kind={kind}
          record={record}
          context={context}
          headingLevel={3}
          onDeleted={focusHeading}
        />
      ))}
      {context.mayWrite &&
        (adding ? (
          <div className="art28-register-record art28-register-record--new">
            <Heading level={3}>{t(addKey)}</Heading>
            <RecordFormView
              form={form}
              idPrefix={`new-${kind}`}
              initial={initialValues(form, null)}
              mode="create"
              submitLabel={t(addKey)}
              onCancel={() => {
                setAdding(false);
                focusHeading();
              }}
              onSubmit={async (body) => {
                await registerApi.createRecord(context.organisationId, context.relationshipId, kind, body);
                setAdding(false);
                focusHeading();
                context.onChanged(t("register.saved"));
              }}
            />
          </div>
        ) : (
          <div>
            <Button purpose="secondary" onClick={() => setAdding(true)}>
              {t(addKey)}
            </Button>
          </div>
        ))}
    </section>
  );
}
