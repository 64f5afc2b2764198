import {
  createAgreementRequestSchema,
  createBreachRequestSchema,
  createCertificationRequestSchema,
  createRelationshipRequestSchema,
  createSecurityMeasureRequestSchema,
  createSubProcessorRequestSchema,
  createAuditRequestSchema,
  saveProcessingSpecificationRequestSchema,
  updateAgreementRequestSchema,
  updateAuditRequestSchema,
  updateBreachRequestSchema,
  updateCertificationRequestSchema,
  updateRelationshipRequestSchema,
  updateSecurityMeasureRequestSchema,
  updateSubProcessorRequestSchema,
  type HistoryEntityType,
} from "@art28/contract";
import {
  agreementKinds,
  certificationKinds,
  roleOutcomes,
  subProcessorAuthorisationStatuses,
  transferSafeguards,
} from "@art28/domain";
import type { RelationshipRecordKind } from "../api/register-client.ts";
import { formErrorsFromIssues, type FormErrors, type IssueLike } from "./field-issues.ts";
import { isoToWallClock, wallClockToIso } from "./register-time.ts";

/**
 * The register's edit forms as data: which fields, of which type, and how form values become a
 * request body. The contract's own schemas check the body before it is sent, so the browser
 * finds the same mistakes as the server, with the same (translated) messages.
 */

export type FieldType =
  "text" | "textarea" | "date" | "datetime" | "select" | "checkbox" | "country" | "lines" | "countries" | "transfers";

export interface FieldDefinition {
  name: string;
  type: FieldType;
  required?: boolean;
  /** The stable keys a select offers. */
  options?: readonly string[];
  /** A select that may be left open; the empty choice sends null. */
  optional?: boolean;
  /** The value of a new record. */
  initial?: string | boolean;
  /** Whether the field has a help text (`register.help.<entity>.<name>`). */
  help?: boolean;
}

/** One row of the transfers field. */
export interface TransferRow {
  country: string;
  safeguard: string;
}

export type FieldValue = string | boolean | TransferRow[];
export type FormValues = Record<string, FieldValue>;

/** What `safeParse` of a contract schema gives; typed loosely so this module needs no zod import. */
export interface SafeParser {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: readonly IssueLike[] } };
}

export interface RecordForm {
  /** For labels (`register.field.<entityType>.<name>`) and the history. */
  entityType: HistoryEntityType;
  fields: readonly FieldDefinition[];
  createSchema: SafeParser;
  updateSchema: SafeParser;
}

export const relationshipForm: RecordForm = {
  entityType: "relationship",
  fields: [
    { name: "name", type: "text", required: true, help: true },
    { name: "role", type: "select", options: roleOutcomes, optional: true, help: true },
    { name: "notes", type: "textarea" },
  ],
  createSchema: createRelationshipRequestSchema,
  updateSchema: updateRelationshipRequestSchema,
};

export const specificationForm: RecordForm = {
  entityType: "processing_specification",
  fields: [
    { name: "subjectMatter", type: "textarea" },
    { name: "nature", type: "textarea" },
    { name: "purposes", type: "lines", help: true },
    { name: "dataCategories", type: "lines", help: true },
    { name: "specialCategories", type: "lines", help: true },
    { name: "processesBsn", type: "checkbox", initial: false },
    { name: "dataSubjectCategories", type: "lines", help: true },
    { name: "retention", type: "textarea" },
    { name: "storageCountries", type: "countries", help: true },
    { name: "processingCountries", type: "countries", help: true },
    { name: "transfers", type: "transfers", help: true },
  ],
  createSchema: saveProcessingSpecificationRequestSchema,
  updateSchema: saveProcessingSpecificationRequestSchema,
};

/** The forms of the records kept under a relationship, by their kind in the API. */
export const recordForms: Record<RelationshipRecordKind, RecordForm> = {
  "security-measures": {
    entityType: "security_measure",
    fields: [
      { name: "description", type: "textarea", required: true },
      { name: "reference", type: "text", help: true },
    ],
    createSchema: createSecurityMeasureRequestSchema,
    updateSchema: updateSecurityMeasureRequestSchema,
  },
  certifications: {
    entityType: "certification",
    fields: [
      { name: "kind", type: "select", options: certificationKinds, initial: "iso_27001" },
      { name: "name", type: "text", help: true },
      { name: "holder", type: "text", required: true, help: true },
      { name: "issuedOn", type: "date" },
      { name: "expiresOn", type: "date" },
      { name: "reportReference", type: "text", help: true },
    ],
    createSchema: createCertificationRequestSchema,
    updateSchema: updateCertificationRequestSchema,
  },
  "sub-processors": {
    entityType: "sub_processor",
    fields: [
      { name: "name", type: "text", required: true },
      { name: "service", type: "text" },
      { name: "country", type: "country", required: true, help: true },
      { name: "authorisationStatus", type: "select", options: subProcessorAuthorisationStatuses, initial: "pending" },
      { name: "authorisedAt", type: "datetime" },
    ],
    createSchema: createSubProcessorRequestSchema,
    updateSchema: updateSubProcessorRequestSchema,
  },
  agreements: {
    entityType: "agreement",
    fields: [
      { name: "kind", type: "select", options: agreementKinds, initial: "processor_agreement" },
      { name: "standardName", type: "text", help: true },
      { name: "standardVersion", type: "text" },
      { name: "signedOn", type: "date" },
      { name: "effectiveOn", type: "date" },
      { name: "endsOn", type: "date" },
      { name: "reviewOn", type: "date" },
    ],
    createSchema: createAgreementRequestSchema,
    updateSchema: updateAgreementRequestSchema,
  },
  audits: {
    entityType: "audit",
    fields: [
      { name: "plannedOn", type: "date" },
      { name: "doneOn", type: "date" },
      { name: "findings", type: "textarea" },
      { name: "followUp", type: "textarea" },
      { name: "followUpDueOn", type: "date" },
      { name: "followUpDoneOn", type: "date" },
    ],
    createSchema: createAuditRequestSchema,
    updateSchema: updateAuditRequestSchema,
  },
  breaches: {
    entityType: "breach",
    fields: [
      { name: "description", type: "textarea", required: true },
      { name: "occurredAt", type: "datetime" },
      { name: "processorAwareAt", type: "datetime" },
      { name: "controllerAwareAt", type: "datetime", help: true },
      { name: "authorityNotificationRequired", type: "checkbox", initial: true, help: true },
      { name: "authorityNotifiedAt", type: "datetime" },
      { name: "dataSubjectsInformedAt", type: "datetime" },
      { name: "measures", type: "textarea" },
    ],
    createSchema: createBreachRequestSchema,
    updateSchema: updateBreachRequestSchema,
  },
};

/** The transfer safeguards, for the transfers field. */
export const safeguardOptions = transferSafeguards;

function isTransferRow(value: unknown): value is TransferRow {
  return typeof value === "object" && value !== null && "country" in value && "safeguard" in value;
}

/** The form values for editing `record`, or for a new record when it is null. */
export function initialValues(form: RecordForm, record: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    const value = record?.[field.name];
    switch (field.type) {
      case "checkbox":
        values[field.name] = typeof value === "boolean" ? value : field.initial === true;
        break;
      case "datetime":
        values[field.name] = typeof value === "string" ? isoToWallClock(value) : "";
        break;
      case "lines":
        values[field.name] = Array.isArray(value) ? value.join("\n") : "";
        break;
      case "countries":
        values[field.name] = Array.isArray(value) ? value.join(", ") : "";
        break;
      case "transfers":
        values[field.name] = Array.isArray(value)
          ? value.filter(isTransferRow).map((row) => ({ country: row.country, safeguard: row.safeguard }))
          : [];
        break;
      case "select":
        values[field.name] = typeof value === "string" ? value : typeof field.initial === "string" ? field.initial : "";
        break;
      default:
        values[field.name] = typeof value === "string" ? value : typeof field.initial === "string" ? field.initial : "";
    }
  }
  return values;
}

function text(value: FieldValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** Turns form values into the request body the contract expects. */
export function requestBody(form: RecordForm, values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of form.fields) {
    const value = values[field.name];
    switch (field.type) {
      case "checkbox":
        body[field.name] = value === true;
        break;
      case "date":
        body[field.name] = text(value).trim() === "" ? null : text(value).trim();
        break;
      case "datetime": {
        const local = text(value).trim();
        // Text that is no wall-clock time goes as it is, so the check names the field.
        body[field.name] = local === "" ? null : (wallClockToIso(local) ?? local);
        break;
      }
      case "select":
        body[field.name] = field.optional && text(value) === "" ? null : text(value);
        break;
      case "country":
        body[field.name] = text(value).trim().toUpperCase();
        break;
      case "lines":
        body[field.name] = text(value)
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line !== "");
        break;
      case "countries":
        body[field.name] = text(value)
          .split(/[\s,;]+/)
          .map((code) => code.trim().toUpperCase())
          .filter((code) => code !== "");
        break;
      case "transfers":
        body[field.name] = (Array.isArray(value) ? value : [])
          .filter((row) => row.country.trim() !== "" || row.safeguard !== "")
          .map((row) => ({ country: row.country.trim().toUpperCase(), safeguard: row.safeguard }));
        break;
      default:
        body[field.name] = text(value);
    }
  }
  return body;
}

// The contract trims every text, so spaces around it change nothing that is stored.
function comparable(value: unknown): unknown {
  return typeof value === "string" ? value.trim() : value;
}

/**
 * The body of a change (PATCH): only the fields the user changed, compared with the values the
 * form started from (those of the loaded record). A field left out stays as stored, so an
 * untouched moment keeps its seconds, the breach deadline does not move and the audit trail
 * records no change nobody made. A moment counts as changed only when its wall-clock text
 * differs: the form shows minutes, so the stored value cannot be compared with what it sends.
 */
export function changedFields(form: RecordForm, initial: FormValues, values: FormValues): Record<string, unknown> {
  const before = requestBody(form, initial);
  const after = requestBody(form, values);
  const changes: Record<string, unknown> = {};
  for (const field of form.fields) {
    const unchanged =
      field.type === "datetime"
        ? text(initial[field.name]).trim() === text(values[field.name]).trim()
        : JSON.stringify(comparable(before[field.name])) === JSON.stringify(comparable(after[field.name]));
    if (!unchanged) changes[field.name] = after[field.name];
  }
  return changes;
}

/** The mistakes the contract finds in a body before it is sent; empty when there are none. */
export function validateBody(
  form: RecordForm,
  body: unknown,
  mode: "create" | "update",
  extraFieldNames: readonly string[] = [],
): FormErrors {
  const result = (mode === "create" ? form.createSchema : form.updateSchema).safeParse(body);
  if (result.success) return { fields: {}, other: [] };
  return formErrorsFromIssues(result.error.issues, [...form.fields.map((field) => field.name), ...extraFieldNames]);
}
