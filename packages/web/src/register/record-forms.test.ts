import { describe, expect, it } from "vitest";
import {
  changedFields,
  initialValues,
  recordForms,
  relationshipForm,
  requestBody,
  specificationForm,
  validateBody,
} from "./record-forms.ts";

describe("register record forms", () => {
  const certifications = recordForms.certifications;

  it("starts a new record with the defaults and an existing one with its values", () => {
    expect(initialValues(certifications, null)).toEqual({
      kind: "iso_27001",
      name: "",
      holder: "",
      issuedOn: "",
      expiresOn: "",
      reportReference: "",
    });
    const breach = initialValues(recordForms.breaches, {
      description: "Lost laptop",
      controllerAwareAt: "2026-11-22T13:30:00.000Z",
      authorityNotificationRequired: false,
    });
    expect(breach.controllerAwareAt).toBe("2026-11-22T14:30");
    expect(breach.authorityNotificationRequired).toBe(false);
    expect(initialValues(recordForms.breaches, null).authorityNotificationRequired).toBe(true);
  });

  it("sends empty dates as null and wall-clock times with the Amsterdam offset", () => {
    const body = requestBody(recordForms.breaches, {
      ...initialValues(recordForms.breaches, null),
      description: "Lost laptop",
      controllerAwareAt: "2026-11-22T14:30",
    });
    expect(body.controllerAwareAt).toBe("2026-11-22T14:30:00+01:00");
    expect(body.occurredAt).toBeNull();
    expect(validateBody(recordForms.breaches, body, "create")).toEqual({ fields: {}, other: [] });
  });

  it("finds a certificate that expires before it was issued, on the expiry field, before anything is sent", () => {
    const body = requestBody(certifications, {
      ...initialValues(certifications, null),
      holder: "Salarisdienst Noord B.V.",
      issuedOn: "2026-06-01",
      expiresOn: "2026-05-31",
    });
    expect(validateBody(certifications, body, "create").fields).toEqual({
      expiresOn: "register.issue.expiryBeforeIssue",
    });
    expect(validateBody(certifications, { ...body, expiresOn: "2029-05-31" }, "create").fields).toEqual({});
  });

  it("asks for the mandatory fields", () => {
    const body = requestBody(certifications, initialValues(certifications, null));
    expect(validateBody(certifications, body, "create").fields).toEqual({ holder: "register.issue.required" });
    const relationship = requestBody(relationshipForm, initialValues(relationshipForm, null));
    expect(relationship.role).toBeNull();
    expect(validateBody(relationshipForm, relationship, "create", ["counterpartyId"]).fields).toEqual({
      counterpartyId: "register.issue.required",
      name: "register.issue.required",
    });
  });

  it("splits lists and country codes, and names an unknown country code", () => {
    const values = {
      ...initialValues(specificationForm, null),
      purposes: "Salaris betalen\n\n  Loonaangifte  ",
      storageCountries: "nl, de;XX",
      transfers: [
        { country: "us", safeguard: "standard_contractual_clauses" },
        { country: "", safeguard: "" },
      ],
    };
    const body = requestBody(specificationForm, values);
    expect(body.purposes).toEqual(["Salaris betalen", "Loonaangifte"]);
    expect(body.storageCountries).toEqual(["NL", "DE", "XX"]);
    expect(body.transfers).toEqual([{ country: "US", safeguard: "standard_contractual_clauses" }]);
    expect(validateBody(specificationForm, body, "update").fields).toEqual({
      storageCountries: "register.issue.unknownCountry",
    });
  });

  it("fills the edit form from a stored specification", () => {
    const values = initialValues(specificationForm, {
      purposes: ["a", "b"],
      storageCountries: ["NL", "DE"],
      transfers: [{ country: "US", safeguard: "adequacy_decision" }],
      processesBsn: true,
    });
    expect(values.purposes).toBe("a\nb");
    expect(values.storageCountries).toBe("NL, DE");
    expect(values.transfers).toEqual([{ country: "US", safeguard: "adequacy_decision" }]);
    expect(values.processesBsn).toBe(true);
  });

  describe("the body of a change", () => {
    const breaches = recordForms.breaches;
    // Moments with seconds and milliseconds, as the server may have stored them (e.g. from an import).
    const storedBreach = {
      description: "Verloren laptop",
      occurredAt: "2026-11-22T08:15:42.250Z",
      processorAwareAt: "2026-11-22T09:00:07.000Z",
      controllerAwareAt: "2026-11-22T13:30:45.123Z",
      authorityNotificationRequired: true,
      authorityNotifiedAt: null,
      dataSubjectsInformedAt: null,
      measures: "",
    };

    it("is empty when nothing was changed, so untouched moments keep their seconds", () => {
      const initial = initialValues(breaches, storedBreach);
      expect(changedFields(breaches, initial, { ...initial })).toEqual({});
    });

    it("holds only the field the user changed, never an untouched moment", () => {
      const initial = initialValues(breaches, storedBreach);
      const body = changedFields(breaches, initial, { ...initial, description: "Verloren laptop met salarisgegevens" });
      expect(body).toEqual({ description: "Verloren laptop met salarisgegevens" });
      expect(validateBody(breaches, body, "update")).toEqual({ fields: {}, other: [] });
    });

    it("sends a moment whose wall-clock time changed, in Amsterdam time, and a cleared one as null", () => {
      const initial = initialValues(breaches, storedBreach);
      expect(initial.controllerAwareAt).toBe("2026-11-22T14:30");
      expect(
        changedFields(breaches, initial, { ...initial, controllerAwareAt: "2026-11-22T15:00", occurredAt: "" }),
      ).toEqual({ controllerAwareAt: "2026-11-22T15:00:00+01:00", occurredAt: null });
    });

    it("does not count whitespace the request would trim away as a change", () => {
      const initial = initialValues(breaches, storedBreach);
      expect(changedFields(breaches, initial, { ...initial, description: " Verloren laptop  " })).toEqual({});
    });

    it("compares lists, checkboxes and empty optional text as they would be sent", () => {
      const certification = initialValues(certifications, {
        kind: "iso_27001",
        name: "",
        holder: "Salarisdienst Noord B.V.",
        issuedOn: "2026-06-01",
        expiresOn: null,
        reportReference: null,
      });
      expect(changedFields(certifications, certification, { ...certification })).toEqual({});
      expect(changedFields(certifications, certification, { ...certification, expiresOn: "2029-05-31" })).toEqual({
        expiresOn: "2029-05-31",
      });
      const specification = initialValues(specificationForm, { purposes: ["a", "b"], processesBsn: false });
      expect(changedFields(specificationForm, specification, { ...specification, purposes: "a\nb\n" })).toEqual({});
      expect(
        changedFields(specificationForm, specification, { ...specification, purposes: "b\na", processesBsn: true }),
      ).toEqual({ purposes: ["b", "a"], processesBsn: true });
    });
  });
});
