import { describe, expect, it } from "vitest";
import { pageCount } from "./page-count.ts";

describe("page count", () => {
  it("counts full and partly filled pages, and one page for an empty list", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(41, 20)).toBe(3);
  });

  it("does not divide by zero on a page size the server should never send", () => {
    expect(pageCount(3, 0)).toBe(3);
  });
});
