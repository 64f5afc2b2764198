import { checkUploadMaxBytes } from "@art28/contract";
import { describe, expect, it } from "vitest";
import { checkFileProblem, formatFileSize } from "./check-file.ts";

describe("choosing a file to check", () => {
  it("accepts the formats the check reads, whatever the case of the extension", () => {
    for (const name of ["a.pdf", "b.DOCX", "c.txt", "d.md", "e.mdx", "f.html", "g.htm", "h.markdown"]) {
      expect(checkFileProblem({ name, size: 1000 }), name).toBeNull();
    }
  });

  it("refuses other types, a missing file, an empty file and a file above the limit", () => {
    expect(checkFileProblem(null)).toBe("check.fileMissing");
    expect(checkFileProblem({ name: "scan.png", size: 1000 })).toBe("check.fileType");
    expect(checkFileProblem({ name: "oud.doc", size: 1000 })).toBe("check.fileType");
    expect(checkFileProblem({ name: "zonder-extensie", size: 1000 })).toBe("check.fileType");
    expect(checkFileProblem({ name: "leeg.pdf", size: 0 })).toBe("check.fileEmpty");
    expect(checkFileProblem({ name: "groot.pdf", size: checkUploadMaxBytes + 1 })).toBe("check.fileTooLarge");
    expect(checkFileProblem({ name: "precies.pdf", size: checkUploadMaxBytes })).toBeNull();
  });

  it("writes sizes in kilobytes or megabytes in the user's language", () => {
    expect(formatFileSize(300, "nl")).toBe("1 kB");
    expect(formatFileSize(12.4 * 1024 * 1024, "nl")).toBe("12,4 MB");
    expect(formatFileSize(12.4 * 1024 * 1024, "en")).toBe("12.4 MB");
  });
});
