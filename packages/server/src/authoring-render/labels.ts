/**
 * The few words the renderers add themselves (page numbers, the deviation marker); everything
 * else comes from the document model in the document's language.
 */
import { formatSignatureDate, type AuthoringLanguage, type SignatureMark } from "@art28/domain";

interface RenderLabels {
  /** BCP 47 tag for document metadata and the HTML lang attribute. */
  languageTag: string;
  /** Word's language id (w:lang). */
  wordLanguage: string;
  page: (current: number, total: number) => string;
  pageWord: string;
  ofWord: string;
  deviation: string;
  notSigned: string;
}

const labels: Record<AuthoringLanguage, RenderLabels> = {
  nl: {
    languageTag: "nl-NL",
    wordLanguage: "nl-NL",
    page: (current, total) => `pagina ${current} van ${total}`,
    pageWord: "pagina",
    ofWord: "van",
    deviation: "afwijking van de standaard",
    notSigned: "nog niet ondertekend",
  },
  en: {
    languageTag: "en-GB",
    wordLanguage: "en-GB",
    page: (current, total) => `page ${current} of ${total}`,
    pageWord: "page",
    ofWord: "of",
    deviation: "deviation from the standard",
    notSigned: "not signed yet",
  },
};

export function renderLabels(language: AuthoringLanguage): RenderLabels {
  return labels[language];
}

/**
 * The lines under a party in the signature block as label and value (empty until signed), so
 * a renderer can draw a line to write on; the texts are those of the domain's `signatureLines`.
 */
export function signatureFields(
  party: {
    labels: { name: string; role: string; date: string };
    signature: SignatureMark | null;
  },
  language: AuthoringLanguage,
): Array<{ label: string; value: string }> {
  const signature = party.signature;
  return [
    { label: party.labels.name, value: signature?.name.trim() ?? "" },
    { label: party.labels.role, value: signature?.role.trim() ?? "" },
    { label: party.labels.date, value: signature ? formatSignatureDate(signature, language) : "" },
  ];
}
