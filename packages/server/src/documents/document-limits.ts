import { AppError } from "../errors.ts";

/** What one document may cost to read. Every limit protects the server from a hostile upload. */
export interface DocumentLimits {
  /** Size of the upload in bytes. */
  maxBytes: number;
  maxPdfPages: number;
  /** Characters of extracted text. */
  maxCharacters: number;
  /** Bytes a DOCX may unpack to: declared in its central directory, and counted while inflating. */
  maxUnpackedBytes: number;
  /** Entries in a DOCX (ZIP) archive. */
  maxArchiveEntries: number;
  /** Compression ratio above which a large archive entry is taken for a zip bomb. */
  maxCompressionRatio: number;
  /** Wall-clock time for reading one document in the child process, start-up included. */
  timeoutMilliseconds: number;
  /** V8 heap of the child process (--max-old-space-size). */
  memoryMegabytes: number;
}

export const defaultDocumentLimits: DocumentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPdfPages: 500,
  maxCharacters: 5_000_000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxArchiveEntries: 2_000,
  maxCompressionRatio: 200,
  timeoutMilliseconds: 20_000,
  memoryMegabytes: 256,
};

/** The defaults with the given limits replaced. */
export function resolveDocumentLimits(limits: Partial<DocumentLimits> = {}): DocumentLimits {
  const resolved = { ...defaultDocumentLimits };
  for (const [name, value] of Object.entries(limits) as [keyof DocumentLimits, number | undefined][]) {
    if (value !== undefined) resolved[name] = value;
  }
  return resolved;
}

/** Counts extracted characters and stops a reader as soon as the document has too many. */
export interface CharacterBudget {
  add(text: string): void;
  readonly used: number;
}

export function createCharacterBudget(maxCharacters: number): CharacterBudget {
  let used = 0;
  return {
    add(text: string) {
      used += text.length;
      if (used > maxCharacters) {
        throw new AppError(
          "document_too_complex",
          `The document contains more than ${maxCharacters.toLocaleString("en")} characters of text, more than an agreement check can handle.`,
        );
      }
    },
    get used() {
      return used;
    },
  };
}
