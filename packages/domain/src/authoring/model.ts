/**
 * The authoring model: Art28's own standard processor agreement as data, the templates that
 * organisations publish on top of it, the values and annexes an agreement is generated from,
 * and the document model that every renderer (HTML, DOCX, PDF) draws from. Pure data, no I/O.
 */
import type { RequirementId } from "../check/catalogue.ts";

export const authoringLanguages = ["nl", "en"] as const;
export type AuthoringLanguage = (typeof authoringLanguages)[number];

/** A text in both languages of the standard; Dutch is leading, English is its translation. */
export interface LocalisedText {
  nl: string;
  en: string;
}

/**
 * The values an agreement's clauses refer to as `{{name}}`. Dates are ISO calendar dates
 * (yyyy-mm-dd); an empty `endDate` means the agreement runs as long as the main agreement.
 */
export interface AgreementVariables {
  controllerName: string;
  controllerAddress: string;
  /** Dutch Chamber of Commerce number, empty for parties without one. */
  controllerKvkNumber: string;
  processorName: string;
  processorAddress: string;
  processorKvkNumber: string;
  /** The service or main agreement the processing belongs to (the register relationship's name). */
  serviceName: string;
  effectiveDate: string;
  endDate: string;
  noticePeriodMonths: number;
  /** Hours within which the processor tells the controller of a breach; at most 72. */
  breachNotificationHours: number;
  /** Yearly liability cap in whole euros. */
  liabilityCapEuros: number;
}
export type AgreementVariableName = keyof AgreementVariables;

/** A clause of the standard. `text` may hold `{{variableName}}` placeholders. */
export interface StandardClause {
  /** Stable across versions, e.g. "audits.right-to-audit"; deviations refer to it. */
  id: string;
  text: LocalisedText;
  /** The requirements of the catalogue this clause is written to meet (may be empty). */
  requirements: RequirementId[];
}

export interface StandardArticle {
  /** Stable across versions, e.g. "audits". */
  id: string;
  title: LocalisedText;
  clauses: StandardClause[];
}

export interface StandardChange {
  version: string;
  /** ISO date of publication. */
  date: string;
  changes: LocalisedText[];
}

/** The Art28 standard processor agreement in one version. */
export interface AgreementStandard {
  name: LocalisedText;
  /** "1.0", "1.1", … */
  version: string;
  changeLog: StandardChange[];
  articles: StandardArticle[];
  /** Defaults for the negotiable numbers; parties and dates come from the register. */
  variableDefaults: Pick<AgreementVariables, "noticePeriodMonths" | "breachNotificationHours" | "liabilityCapEuros">;
}

/**
 * An organisation's own template: a published version of the standard with some clauses
 * reworded and other defaults. Clauses not named in `clauseTexts` keep the standard's text.
 */
export interface TemplateContent {
  name: string;
  baseStandardVersion: string;
  clauseTexts: Record<string, LocalisedText>;
  variableDefaults: Partial<AgreementStandard["variableDefaults"]>;
}

/** Annex 1: the specification of the processing, from the register. */
export interface ProcessingAnnex {
  subjectMatter: string;
  /** How long the processing lasts, in words (e.g. "looptijd van de hoofdovereenkomst"). */
  duration: string;
  nature: string;
  purposes: string[];
  dataCategories: string[];
  specialCategories: string[];
  processesBsn: boolean;
  dataSubjectCategories: string[];
  retention: string;
  /** ISO 3166-1 alpha-2 codes. */
  storageCountries: string[];
  processingCountries: string[];
  transfers: Array<{ country: string; safeguard: string }>;
}

/** Annex 2: one technical or organisational measure. */
export interface SecurityMeasureAnnexRow {
  description: string;
  reference: string;
}

/** Annex 3: one sub-processor. */
export interface SubProcessorAnnexRow {
  name: string;
  service: string;
  country: string;
  authorisationStatus: "authorised" | "pending" | "objected" | "refused";
}

export interface AgreementAnnexes {
  processing: ProcessingAnnex;
  securityMeasures: SecurityMeasureAnnexRow[];
  subProcessors: SubProcessorAnnexRow[];
}

/** What is needed before an agreement can be generated, named instead of left blank. */
export interface MissingInput {
  /** Stable code, e.g. "processing.purposes", "variables.processorName". */
  field: string;
  label: LocalisedText;
}

/** A signature as it appears in the signature block. */
export interface SignatureMark {
  name: string;
  role: string;
  /** ISO instant. */
  signedAt: string;
}

export const agreementSides = ["controller", "processor"] as const;
export type AgreementSide = (typeof agreementSides)[number];

/** Everything a rendered agreement is composed from. */
export interface CompositionInput {
  standard: AgreementStandard;
  /** The template the agreement follows, or null for the standard itself. */
  template: (TemplateContent & { label: string }) | null;
  language: AuthoringLanguage;
  variables: AgreementVariables;
  annexes: AgreementAnnexes;
  /**
   * Accepted deviations by clause id. The agreed text was negotiated in the agreement's own
   * language and replaces the clause in every rendering: the negotiated words govern.
   */
  agreedClauseTexts: Record<string, string>;
  /** Version of this agreement (1, 2, …). */
  agreementVersion: number;
  signatures: Partial<Record<AgreementSide, SignatureMark>>;
}

/**
 * One block of a rendered agreement. Renderers number nothing themselves: `number` is the
 * label to print, so HTML, DOCX and PDF show the same numbering.
 */
export type AuthoredBlock =
  | { kind: "title"; text: string; subtitle: string }
  | { kind: "parties"; lines: string[] }
  | { kind: "heading"; level: 1 | 2; number: string | null; text: string }
  | {
      kind: "clause";
      number: string;
      clauseId: string;
      text: string;
      /** True when the text differs from the standard (an accepted deviation or the template's wording). */
      deviates: boolean;
    }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] }
  | {
      kind: "signatures";
      parties: Array<{
        side: AgreementSide;
        heading: string;
        organisation: string;
        /** Labels for name, role and date, in the document's language. */
        labels: { name: string; role: string; date: string };
        signature: SignatureMark | null;
      }>;
    };

export interface AuthoredDocument {
  language: AuthoringLanguage;
  title: string;
  /** E.g. "Art28-standaard 1.0 · versie 2 van deze overeenkomst". */
  basis: string;
  blocks: AuthoredBlock[];
}
