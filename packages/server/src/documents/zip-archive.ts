import yauzl from "yauzl";
import { AppError } from "../errors.ts";
import type { DocumentLimits } from "./document-limits.ts";

/** Entries this large or larger are checked for an absurd compression ratio. */
const largeEntryBytes = 1024 * 1024;

export interface ZipArchive {
  /** Entry names, as the central directory lists them. */
  readonly names: ReadonlySet<string>;
  /** Inflates one entry, or returns null when the archive has no such entry. */
  read(name: string): Promise<Buffer | null>;
  close(): void;
}

function tooComplex(reason: string): AppError {
  return new AppError("document_too_complex", `The Word document is too large when unpacked: ${reason}.`);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Opens a ZIP archive defensively. Before anything is inflated, the central directory is read
 * and the archive refused when it has too many entries, declares more unpacked bytes than the
 * budget, or has a large entry with an absurd compression ratio (a zip bomb). Declared sizes
 * can lie, so inflating counts the bytes too and stops at the budget.
 */
export async function openZipArchive(bytes: Uint8Array, limits: DocumentLimits): Promise<ZipArchive> {
  let zipFile: yauzl.ZipFile;
  try {
    zipFile = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      // Our own byte count enforces the budget; an archive whose sizes are slightly off still opens.
      validateEntrySizes: false,
      strictFileNames: false,
    });
  } catch (error) {
    throw new AppError(
      "document_unreadable",
      "The file looks like a Word document, but its ZIP structure is damaged.",
      {
        cause: error,
      },
    );
  }

  const closeQuietly = () => {
    try {
      zipFile.close();
    } catch {
      // Already closed.
    }
  };

  try {
    if (zipFile.entryCount > limits.maxArchiveEntries) {
      throw tooComplex(`it has ${zipFile.entryCount} parts, more than ${limits.maxArchiveEntries}`);
    }
    const entries = new Map<string, yauzl.Entry>();
    let declaredTotal = 0;
    for await (const entry of zipFile.eachEntry()) {
      entries.set(entry.fileName, entry);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxUnpackedBytes) {
        throw tooComplex(`its parts add up to more than ${megabytes(limits.maxUnpackedBytes)}`);
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize >= largeEntryBytes && ratio > limits.maxCompressionRatio) {
        throw tooComplex(`part ${entry.fileName} is compressed ${Math.round(ratio)} to 1, which only a zip bomb is`);
      }
    }

    let inflatedTotal = 0;
    return {
      names: new Set(entries.keys()),
      async read(name: string) {
        const entry = entries.get(name);
        if (!entry) return null;
        let stream;
        try {
          stream = await zipFile.openReadStreamPromise(entry);
        } catch (error) {
          throw new AppError("document_unreadable", `Part ${name} of the Word document is damaged.`, { cause: error });
        }
        const chunks: Buffer[] = [];
        try {
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            inflatedTotal += chunk.length;
            if (inflatedTotal > limits.maxUnpackedBytes) {
              stream.destroy();
              throw tooComplex(`its parts inflate to more than ${megabytes(limits.maxUnpackedBytes)}`);
            }
            chunks.push(chunk);
          }
        } catch (error) {
          if (error instanceof AppError) throw error;
          throw new AppError("document_unreadable", `Part ${name} of the Word document is damaged.`, { cause: error });
        }
        return Buffer.concat(chunks);
      },
      close: closeQuietly,
    };
  } catch (error) {
    closeQuietly();
    if (error instanceof AppError) throw error;
    throw new AppError(
      "document_unreadable",
      "The file looks like a Word document, but its ZIP structure is damaged.",
      {
        cause: error,
      },
    );
  }
}
