import type { RelationshipDetail } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useRef, useState } from "react";
import { registerApi } from "../api/register-client.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { displayValue, fieldLabel } from "./labels.ts";
import { initialValues, specificationForm } from "./record-forms.ts";
import { RecordFormView } from "./RecordFormView.tsx";
import type { SectionContext } from "./RecordSection.tsx";

/** The processing specification: what is processed, of whom, where, and where it goes. */
export function SpecificationSection({ detail, context }: { detail: RelationshipDetail; context: SectionContext }) {
  const { t, locale } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const specification = detail.specification;
  const values = specification as unknown as Record<string, unknown> | null;
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section className="art28-register-section" aria-labelledby="section-specification">
      <Heading level={2} id="section-specification" ref={headingRef} tabIndex={-1}>
        {t("detail.section.specification")}
      </Heading>
      {editing ? (
        <RecordFormView
          form={specificationForm}
          idPrefix="specification"
          initial={initialValues(specificationForm, values)}
          mode="replace"
          submitLabel={t("register.save")}
          onCancel={close}
          onSubmit={async (body) => {
            await registerApi.saveSpecification(context.organisationId, context.relationshipId, body);
            close();
            context.onChanged(t("register.saved"));
          }}
        />
      ) : values ? (
        <dl className="art28-facts art28-register-facts">
          {specificationForm.fields.map((field) => (
            <div key={field.name} className="art28-facts__item">
              <dt>{fieldLabel(t, specificationForm.entityType, field.name)}</dt>
              <dd className="art28-register-prewrap">
                {field.name === "transfers" && Array.isArray(values.transfers) && values.transfers.length === 0
                  ? t("detail.transfersNone")
                  : displayValue(t, locale, specificationForm.entityType, field.name, values[field.name])}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{t("detail.specificationNone")}</Paragraph>
      )}
      <div className="art28-register-actions">
        {context.mayWrite && !editing && (
          <Button purpose="secondary" onClick={() => setEditing(true)}>
            {t(values ? "detail.specificationEdit" : "detail.specificationAdd")}
          </Button>
        )}
        {/* The specification is one per relationship; the audit trail files it under the relationship's id. */}
        {values && (
          <HistoryPanel
            organisationId={context.organisationId}
            entityType="processing_specification"
            entityId={context.relationshipId}
            name={t("detail.section.specification")}
          />
        )}
      </div>
    </section>
  );
}
