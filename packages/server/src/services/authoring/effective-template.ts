/**
 * Which template an organisation starts from: its own newest published version, else its
 * association's newest, else the standard itself. Shared by the templates overview and by
 * generation, so both always agree.
 */
import { currentAgreementStandard, type AgreementStandard, type TemplateContent } from "@art28/domain";
import type { Transaction } from "../../database/connection.ts";
import { createAuthoringOrganisationDataAccess } from "../../data-access/authoring-organisations.ts";
import { createTemplateDataAccess, type TemplateRecord } from "../../data-access/authoring-templates.ts";

export type TemplateSource = "standard" | "association" | "own";

export interface EffectiveTemplate {
  source: TemplateSource;
  /** The published row, null for the standard itself. */
  record: TemplateRecord | null;
  /** The name of the organisation that published it, null for the standard. */
  publisherName: string | null;
  /** The template with its label, as a version keeps it; null for the standard itself. */
  template: (TemplateContent & { label: string }) | null;
  /** How agreements name what they follow: the template's label, or the standard's name and version. */
  label: string;
}

/** How a template is named in an agreement's basis line and in the register: "Model Voorbeeldgemeenten (v1)". */
export function templateLabel(record: Pick<TemplateRecord, "content" | "templateVersion">): string {
  return `${record.content.name} (v${record.templateVersion})`;
}

/** "Art28-standaard 1.1": the standard's Dutch name and its version. */
export function standardLabel(standard: AgreementStandard): string {
  return `${standard.name.nl} ${standard.version}`;
}

/** Must run inside the organisation's scope: the row-level-security policy admits its own and its association's templates. */
export async function loadEffectiveTemplate(
  transaction: Transaction,
  organisationId: string,
): Promise<EffectiveTemplate> {
  const organisations = createAuthoringOrganisationDataAccess(transaction);
  const templates = createTemplateDataAccess(transaction);
  const organisation = await organisations.findById(organisationId);
  let source: TemplateSource = "own";
  let record = await templates.newestOf(organisationId);
  let publisherName = organisation?.name ?? null;
  if (!record && organisation?.associationId) {
    source = "association";
    record = await templates.newestOf(organisation.associationId);
    publisherName = (await organisations.findById(organisation.associationId))?.name ?? null;
  }
  if (!record) {
    return {
      source: "standard",
      record: null,
      publisherName: null,
      template: null,
      label: standardLabel(currentAgreementStandard),
    };
  }
  const label = templateLabel(record);
  return { source, record, publisherName, template: { ...record.content, label }, label };
}
