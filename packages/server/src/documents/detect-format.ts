import { AppError } from "../errors.ts";

/**
 * What an upload is: decided by its bytes first (a PDF named .txt is still a PDF), then by
 * its name and media type, and for text by its content (Markdown, MDX or HTML saved as .txt).
 */
export type DetectedSource =
  { kind: "pdf" } | { kind: "zip" } | { kind: "html" | "markdown" | "mdx" | "text"; text: string };

const pdfSignature = "%PDF-";
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithBytes(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((value, index) => bytes[offset + index] === value);
}

function startsWithText(bytes: Uint8Array, signature: string, offset = 0): boolean {
  for (let index = 0; index < signature.length; index++) {
    if (bytes[offset + index] !== signature.charCodeAt(index)) return false;
  }
  return true;
}

/** Whether the ASCII text occurs in the bytes, also as UTF-16LE (how OLE stores stream names). */
function containsName(bytes: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(Buffer.from(name, "utf16le")) || buffer.includes(Buffer.from(name, "latin1"));
}

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? (match[1] ?? "").toLowerCase() : "";
}

function unsupported(what: string): AppError {
  return new AppError(
    "unsupported_media_type",
    `${what} cannot be checked. Upload the agreement as PDF, Word (.docx), HTML, Markdown or plain text.`,
  );
}

/** Formats recognisable by their first bytes that we do not read. */
function refuseKnownBinary(bytes: Uint8Array): void {
  if (startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWithBytes(bytes, [0xff, 0xd8, 0xff])) {
    throw unsupported("An image (PNG or JPEG)");
  }
  if (startsWithText(bytes, "GIF8") || startsWithText(bytes, "II*\u0000") || startsWithText(bytes, "MM\u0000*")) {
    throw unsupported("An image (GIF or TIFF)");
  }
  if (startsWithText(bytes, "RIFF") && startsWithText(bytes, "WEBP", 8)) throw unsupported("An image (WebP)");
  if (startsWithText(bytes, "ftyp", 4)) throw unsupported("An image or video file (HEIC, AVIF or MP4)");
  if (startsWithText(bytes, "{\\rtf")) throw unsupported("A Rich Text Format (.rtf) file");
  if (
    startsWithBytes(bytes, [0x1f, 0x8b]) ||
    startsWithText(bytes, "7z\u00bc\u00af") ||
    startsWithText(bytes, "Rar!")
  ) {
    throw unsupported("A compressed archive");
  }
}

/**
 * An OLE compound file is either an encrypted Office document (Office wraps the encrypted
 * DOCX in one, with an EncryptionInfo stream) or a legacy binary Office file.
 */
function refuseCompoundFile(bytes: Uint8Array): never {
  if (containsName(bytes, "EncryptionInfo") || containsName(bytes, "EncryptedPackage")) {
    throw new AppError(
      "document_encrypted",
      "The Word document is encrypted (protected with a password or rights management). Remove the protection and upload it again.",
    );
  }
  if (containsName(bytes, "WordDocument")) {
    throw unsupported("A legacy Word 97–2003 document (.doc)");
  }
  throw unsupported("A legacy Office file (Excel, PowerPoint or Outlook)");
}

const unsupportedExtensions: Record<string, string> = {
  doc: "A legacy Word 97–2003 document (.doc)",
  xls: "A spreadsheet",
  xlsx: "A spreadsheet",
  ods: "A spreadsheet",
  ppt: "A presentation",
  pptx: "A presentation",
  odt: "An OpenDocument text (.odt)",
  rtf: "A Rich Text Format (.rtf) file",
  pages: "A Pages document",
  png: "An image",
  jpg: "An image",
  jpeg: "An image",
  gif: "An image",
  tif: "An image",
  tiff: "An image",
  heic: "An image",
  webp: "An image",
  zip: "A ZIP archive",
};

/**
 * Decodes text bytes: a byte-order mark decides; otherwise UTF-8, falling back to
 * Windows-1252 (what older Dutch and English text files are). Bytes that are not text at all
 * are refused.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWithBytes(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWithBytes(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));

  const sample = bytes.subarray(0, 65_536);
  let controlBytes = 0;
  for (const byte of sample) {
    if (byte === 0) throw unsupported("A binary file of an unknown type");
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controlBytes++;
  }
  if (controlBytes > sample.length * 0.01) throw unsupported("A binary file of an unknown type");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const htmlStart =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const htmlTag =
  /<\/?(?:p|div|span|br|hr|li|ul|ol|table|thead|tbody|tr|td|th|h[1-6]|section|article|main|header|footer|nav|body|head|script|style|a|strong|em|b|i|meta|link)\b[^>]*>/gi;
const mdxStatement =
  /^(?:import\s+[\w*{][^\n]*\bfrom\s+["'][^"']+["']|import\s+["'][^"']+["']|export\s+(?:const|let|default|function|async|\{))/m;
const jsxComponent = /<[A-Z][\w.]*(?:\s[^<>]*)?\/?>|<\/[A-Z][\w.]*>/;

/** YAML (---) or TOML (+++) front matter at the very start, as static site generators use it. */
export const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]{0,20000}?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

/** Points for Markdown features; plain text scores 0 or 1. */
function markdownScore(text: string): number {
  let score = 0;
  if (frontMatter.test(text)) score += 3;
  if (/^#{1,6}[ \t]+\S/m.test(text)) score += 2;
  // Emphasis hugs its words: "**AVG**", not the gap in "Naam: ______ Datum: ______".
  const bold = text.match(/\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__/g)?.length ?? 0;
  if (bold > 0) score += bold > 1 ? 2 : 1;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(text)) score += 2;
  // [ \t] rather than \s in multi-line patterns: \s would also cross line ends and backtrack.
  if (/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(text)) score += 2;
  if ((text.match(/^[ \t]*[*+-][ \t]+\S/gm)?.length ?? 0) >= 2) score += 1;
  if (/\\[.*_#[\]()-]/.test(text)) score += 1;
  return score;
}

/** Decides whether decoded text is HTML, MDX, Markdown or plain text. */
export function sniffTextKind(text: string): "html" | "markdown" | "mdx" | "text" {
  if (htmlStart.test(text)) return "html";
  const score = markdownScore(text);
  if (mdxStatement.test(text) || (jsxComponent.test(text) && score >= 2)) return "mdx";
  const tags = text.match(htmlTag)?.length ?? 0;
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const linesWithTags = lines.filter((line) => /<\/?[a-z][\w-]*[\s>/]/i.test(line)).length;
  if (tags >= 10 && linesWithTags >= lines.length * 0.3 && score < 3) return "html";
  if (score >= 2) return "markdown";
  if (tags >= 5) return "html";
  return "text";
}

/**
 * Detects the format of an upload. Throws `unsupported_media_type` for formats we do not
 * read (images, spreadsheets, legacy .doc), `document_encrypted` for encrypted Office files
 * and `document_unreadable` when the name promises a PDF or DOCX the bytes are not.
 */
export function detectSource(bytes: Uint8Array, fileName: string, mediaType?: string): DetectedSource {
  const head = bytes.subarray(0, 1024);
  if (Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(pdfSignature)) return { kind: "pdf" };
  if (startsWithText(bytes, "PK\u0003\u0004") || startsWithText(bytes, "PK\u0005\u0006")) return { kind: "zip" };
  if (startsWithBytes(bytes, oleSignature)) refuseCompoundFile(bytes);
  refuseKnownBinary(bytes);

  const extension = extensionOf(fileName);
  const type = (mediaType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (extension === "pdf" || type === "application/pdf") {
    throw new AppError(
      "document_unreadable",
      "The file is named or labelled as a PDF but does not contain one; it may be damaged.",
    );
  }
  if (extension === "docx" || type === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
    throw new AppError(
      "document_unreadable",
      "The file is named or labelled as a Word document but is not a valid .docx; it may be damaged.",
    );
  }
  const refusal = unsupportedExtensions[extension];
  if (refusal) throw unsupported(refusal);
  if (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/"))
    throw unsupported("An image or media file");

  const text = decodeText(bytes);
  if (["html", "htm", "xhtml"].includes(extension) || type === "text/html" || type === "application/xhtml+xml") {
    return { kind: "html", text };
  }
  if (extension === "mdx") return { kind: "mdx", text };
  if (["md", "markdown"].includes(extension) || type === "text/markdown") {
    return { kind: sniffTextKind(text) === "mdx" ? "mdx" : "markdown", text };
  }
  return { kind: sniffTextKind(text), text };
}
