import { describe, expect, it } from "vitest";
import { hashGroups, hexOfBytes, isSha256Hex, sha256Hex } from "./document-hash.ts";

describe("the fingerprint of the document to sign", () => {
  it("writes bytes as two lower-case hexadecimal characters each, keeping leading zeros", () => {
    expect(hexOfBytes(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe("00010f10abff");
    expect(hexOfBytes(new Uint8Array([]).buffer)).toBe("");
  });

  it("computes the SHA-256 of the exact bytes", async () => {
    const bytes = new TextEncoder().encode("abc");
    const hash = await sha256Hex(bytes.buffer as ArrayBuffer, globalThis.crypto.subtle);
    expect(hash).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(isSha256Hex(hash)).toBe(true);
  });

  it("refuses clearly where the browser offers no crypto.subtle", async () => {
    await expect(sha256Hex(new ArrayBuffer(1), null)).rejects.toThrow(/crypto\.subtle/);
  });

  it("groups a fingerprint by eight for reading, without losing a character", () => {
    const hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const groups = hashGroups(hash);
    expect(groups).toHaveLength(8);
    expect(groups[0]).toBe("ba7816bf");
    expect(groups.join("")).toBe(hash);
  });

  it("accepts only 64 lower-case hexadecimal characters as a SHA-256", () => {
    expect(isSha256Hex("A".repeat(64))).toBe(false);
    expect(isSha256Hex("a".repeat(63))).toBe(false);
  });
});
