import { bulkDocumentMaxFiles, bulkDocumentMaxTotalBytes, checkUploadMaxBytes } from "@art28/contract";
import type { FastifyRequest } from "fastify";
import { AppError } from "../../../errors.ts";
import type { BulkUpload, UploadedFile } from "../../../services/register/document-use-cases.ts";

/** The bounds busboy enforces while the parts are read; a file over `fileSize` answers 413. */
export interface MultipartLimits {
  files: number;
  fileSize: number;
  fields: number;
  fieldSize: number;
  parts: number;
}

/** A form with one file part named `file` and the text fields sent with it. */
export interface SingleFileForm {
  file: UploadedFile;
  fields: Record<string, string>;
}

function requireMultipart(request: FastifyRequest, what: string): void {
  if (!request.isMultipart()) {
    throw new AppError("unsupported_media_type", `Send ${what} as multipart/form-data.`);
  }
}

async function fileOf(part: {
  toBuffer(): Promise<Buffer>;
  filename: string;
  mimetype: string;
}): Promise<UploadedFile> {
  const buffer = await part.toBuffer();
  return {
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    fileName: part.filename,
    mediaType: part.mimetype,
  };
}

/**
 * Reads a form with exactly one file part named `file` and its text fields, within `limits`.
 * Routes call it from the `receive` function they hand their service, so nothing is buffered
 * before the service has authorised the actor. `what` completes "Send … as multipart/form-data".
 */
export async function readSingleFileForm(
  request: FastifyRequest,
  options: { what: string; limits: MultipartLimits },
): Promise<SingleFileForm> {
  requireMultipart(request, options.what);
  let file: UploadedFile | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: options.limits })) {
    if (part.type === "file") {
      if (part.fieldname !== "file") {
        // Drained unread, so the rest of the request can still be parsed for the answer.
        part.file.resume();
        throw new AppError("validation_failed", `Unexpected file part "${part.fieldname}".`, {
          issues: [{ path: part.fieldname, message: "unexpected file" }],
        });
      }
      file = await fileOf(part);
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) {
    throw new AppError("validation_failed", "No file received.", { issues: [{ path: "file", message: "required" }] });
  }
  return { file, fields };
}

/** Reads one document from a part named `file`, with the limits of the public check (20 MB, one file). */
export async function readDocumentUpload(request: FastifyRequest): Promise<UploadedFile> {
  const { file } = await readSingleFileForm(request, {
    what: "the document with a part named file",
    limits: { files: 1, fileSize: checkUploadMaxBytes, fields: 5, fieldSize: 1024, parts: 8 },
  });
  return file;
}

/**
 * Reads a bulk upload: up to 50 parts named `files` (20 MB each, 200 MB together) and the
 * JSON text part `assignments`. Everything is read before anything is stored, so an upload
 * that breaks off or is too large stores nothing.
 */
export async function readBulkUpload(request: FastifyRequest): Promise<BulkUpload> {
  requireMultipart(request, "the documents (parts named files) and the assignments");
  const files: UploadedFile[] = [];
  let assignments: string | undefined;
  let totalBytes = 0;
  for await (const part of request.parts({
    limits: {
      files: bulkDocumentMaxFiles,
      fileSize: checkUploadMaxBytes,
      fields: 4,
      fieldSize: 256 * 1024,
      parts: bulkDocumentMaxFiles + 4,
    },
  })) {
    if (part.type === "file") {
      if (part.fieldname !== "files") {
        throw new AppError(
          "validation_failed",
          `Unexpected file part "${part.fieldname}"; name every file part files.`,
        );
      }
      const file = await fileOf(part);
      totalBytes += file.bytes.byteLength;
      if (totalBytes > bulkDocumentMaxTotalBytes) {
        throw new AppError(
          "payload_too_large",
          `The files together exceed ${bulkDocumentMaxTotalBytes / (1024 * 1024)} MB; upload them in smaller groups.`,
        );
      }
      files.push(file);
    } else if (part.fieldname === "assignments") {
      assignments = String(part.value);
    }
  }
  return { files, assignments };
}
