import {
  type DocumentFormat,
  paragraphsFromPlainText,
  type SourceParagraph,
  structureDocument,
  type StructuredDocument,
} from "@art28/domain";
import type { ErrorCode } from "@art28/contract";
import { AppError } from "../errors.ts";
import { detectSource } from "./detect-format.ts";
import { createCharacterBudget, type DocumentLimits, resolveDocumentLimits } from "./document-limits.ts";
import { readDocx } from "./docx-reader.ts";
import { readHtml } from "./html-reader.ts";
import { readMarkdown } from "./markdown-reader.ts";
import { readPdf } from "./pdf-reader.ts";

/** An uploaded file: its bytes, the name it was uploaded under and the media type the client sent. */
export interface DocumentInput {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string;
}

/** Refuses an upload over the byte limit before anything reads it. */
export function refuseOversized(input: DocumentInput, limits: DocumentLimits): void {
  if (input.bytes.byteLength > limits.maxBytes) {
    const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
    throw new AppError(
      "payload_too_large",
      `The file is ${megabytes(input.bytes.byteLength)} MB; documents of at most ${megabytes(limits.maxBytes)} MB can be checked.`,
    );
  }
}

/**
 * Reads a document in this process. Only for trusted input (the evaluation over our own
 * corpus, tests): a hostile file can exhaust this process's memory or time. Uploads go
 * through `readDocument`, which isolates the parsers in a child process.
 */
export async function readDocumentInProcess(
  input: DocumentInput,
  limits: Partial<DocumentLimits> = {},
): Promise<StructuredDocument> {
  const resolved = resolveDocumentLimits(limits);
  refuseOversized(input, resolved);
  if (input.bytes.byteLength === 0) throw new AppError("document_empty", "The uploaded file is empty (0 bytes).");

  const budget = createCharacterBudget(resolved.maxCharacters);
  const source = detectSource(input.bytes, input.fileName, input.mediaType);
  let paragraphs: SourceParagraph[];
  let format: DocumentFormat;
  let pageCount: number | null = null;
  switch (source.kind) {
    case "pdf": {
      const pdf = await readPdf(input.bytes, resolved, budget);
      paragraphs = pdf.paragraphs;
      pageCount = pdf.pageCount;
      format = "pdf";
      break;
    }
    case "zip":
      paragraphs = await readDocx(input.bytes, resolved, budget);
      format = "docx";
      break;
    case "html":
      paragraphs = readHtml(source.text, budget);
      format = "html";
      break;
    case "markdown":
    case "mdx":
      paragraphs = readMarkdown(source.text, { mdx: source.kind === "mdx" }, budget);
      format = "markdown";
      break;
    case "text":
      budget.add(source.text.trim());
      paragraphs = paragraphsFromPlainText(source.text);
      format = "text";
      break;
  }

  const document = structureDocument(paragraphs, format, pageCount);
  if (document.blocks.length === 0) {
    const what = format === "docx" ? "The Word document" : format === "pdf" ? "The PDF" : "The file";
    throw new AppError("document_empty", `${what} contains no text.`);
  }
  return document;
}

/**
 * What the worker sends back: the document, or the error that stopped it. `detail` carries
 * the underlying cause (a parser's message) for the server log, never for the user.
 */
export type WorkerReply =
  { ok: true; document: StructuredDocument } | { ok: false; code: ErrorCode; message: string; detail?: string };

function describeCause(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  const text = cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause);
  return text.slice(0, 2000);
}

/** Turns anything a reader threw into a reply with a stable code and a message fit for a user. */
export function toWorkerReply(error: unknown): WorkerReply {
  if (error instanceof AppError) {
    const detail = describeCause(error.cause);
    return { ok: false, code: error.code, message: error.message, ...(detail ? { detail } : {}) };
  }
  const detail = describeCause(error);
  return {
    ok: false,
    code: "document_unreadable",
    message: "The document could not be read; the file may be damaged.",
    ...(detail ? { detail } : {}),
  };
}
