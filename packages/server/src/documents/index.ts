export { readDocument } from "./read-document.ts";
export { readDocumentInProcess, type DocumentInput } from "./read-document-in-process.ts";
export { defaultDocumentLimits, resolveDocumentLimits, type DocumentLimits } from "./document-limits.ts";
export { detectSource, sniffTextKind, type DetectedSource } from "./detect-format.ts";
