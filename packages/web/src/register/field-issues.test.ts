import { describe, expect, it } from "vitest";
import { formErrorsFromIssues, hasErrors, issueField, issueMessageKey } from "./field-issues.ts";

describe("field issues from the server and the contract", () => {
  it("translates the contract's messages and zod's defaults", () => {
    expect(issueMessageKey("The expiry date lies before the issue date")).toBe("register.issue.expiryBeforeIssue");
    expect(issueMessageKey("The end date lies before the effective date")).toBe("register.issue.endBeforeEffective");
    expect(issueMessageKey("Unknown country code; use ISO 3166-1 alpha-2, e.g. NL or DE")).toBe(
      "register.issue.unknownCountry",
    );
    expect(issueMessageKey("Required")).toBe("register.issue.required");
    expect(issueMessageKey("Invalid input: expected string, received undefined")).toBe("register.issue.required");
    expect(issueMessageKey("Date as YYYY-MM-DD, e.g. 2027-03-31")).toBe("register.issue.invalidDate");
    expect(issueMessageKey("Too big: expected string to have <=200 characters")).toBe("register.issue.tooLong");
    expect(issueMessageKey("Something nobody foresaw")).toBe("register.issue.invalid");
  });

  it("finds the field behind the server's `body.` prefix and inside lists", () => {
    expect(issueField("body.expiresOn")).toBe("expiresOn");
    expect(issueField("expiresOn")).toBe("expiresOn");
    expect(issueField("body.transfers.0.country")).toBe("transfers");
    expect(issueField(["storageCountries", 2])).toBe("storageCountries");
  });

  it("keeps the first message per field and collects the rest apart", () => {
    const errors = formErrorsFromIssues(
      [
        { path: "body.expiresOn", message: "The expiry date lies before the issue date" },
        { path: "body.expiresOn", message: "Date as YYYY-MM-DD, e.g. 2027-03-31" },
        { path: "body.relationshipId", message: "Invalid UUID" },
      ],
      ["issuedOn", "expiresOn"],
    );
    expect(errors.fields).toEqual({ expiresOn: "register.issue.expiryBeforeIssue" });
    expect(errors.other).toEqual(["register.issue.invalid"]);
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors({ fields: {}, other: [] })).toBe(false);
  });
});
