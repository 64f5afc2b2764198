/**
 * The SHA-256 fingerprint of the PDF a signatory sees, computed in the browser over the exact
 * bytes it received, so the signature names the document on the screen and not one the server
 * says it sent.
 */

/** Bytes as lower-case hexadecimal, two characters per byte, as the API expects a SHA-256. */
export function hexOfBytes(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let hex = "";
  for (const byte of view) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** The parts of the browser's crypto this module uses; tests pass Node's. */
export interface DigestProvider {
  digest(algorithm: "SHA-256", data: ArrayBuffer): Promise<ArrayBuffer>;
}

/**
 * The SHA-256 of `bytes` as 64 hexadecimal characters. Rejects where the browser offers no
 * `crypto.subtle` (a page served over plain HTTP from another host than localhost).
 */
export async function sha256Hex(
  bytes: ArrayBuffer,
  subtle: DigestProvider | null = globalThis.crypto?.subtle ?? null,
): Promise<string> {
  if (!subtle) throw new Error("This browser offers no crypto.subtle here (is the page served over HTTPS?)");
  return hexOfBytes(await subtle.digest("SHA-256", bytes));
}

/**
 * A long fingerprint in groups of eight characters, for reading it aloud or comparing it by
 * eye with the one the other party sees. Joined, the groups give the fingerprint back.
 */
export function hashGroups(hex: string, size = 8): string[] {
  const groups: string[] = [];
  for (let start = 0; start < hex.length; start += size) groups.push(hex.slice(start, start + size));
  return groups;
}

/** True for a SHA-256 as the API writes it: 64 lower-case hexadecimal characters. */
export function isSha256Hex(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}
