/**
 * A `Content-Disposition` header that makes the browser save the response as a file: the name
 * in ASCII for old clients (other characters, quotes and backslashes replaced by `_`) and in
 * UTF-8 for the rest (RFC 6266, RFC 8187). Every download of the API uses it.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
