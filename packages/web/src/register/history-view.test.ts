import type { AuditEventView } from "@art28/contract";
import { describe, expect, it } from "vitest";
import { formatMessage } from "../i18n/messages.ts";
import { historyEntries } from "./history-view.ts";
import { displayValue, fieldLabel } from "./labels.ts";

const base = {
  actorLabel: "privacy@gemeente-voorbeeld.example",
  entityType: "certification",
  entityId: "0b8f0a4e-8f5d-4f9e-9a51-3c1f9f3f2a10",
};

function event(sequence: number, action: string, changes: Record<string, unknown>): AuditEventView {
  return {
    ...base,
    id: `00000000-0000-4000-8000-00000000000${sequence}`,
    sequence,
    occurredAt: `2026-11-2${sequence}T10:00:00.000Z`,
    action,
    changes,
  };
}

describe("record history", () => {
  it("lists events newest first with from → to for updates and values for creation", () => {
    const entries = historyEntries([
      event(1, "created", {
        relationshipId: base.entityId,
        kind: "iso_27001",
        holder: "Noord B.V.",
        issuedOn: "2026-06-01",
        reportReference: null,
      }),
      event(2, "updated", { expiresOn: { from: null, to: "2029-05-31" } }),
      event(3, "deleted", { holder: "Noord B.V.", name: "" }),
    ]);
    expect(entries.map((entry) => entry.action)).toEqual(["deleted", "updated", "created"]);
    expect(entries[0]!.changes).toEqual([{ field: "holder", from: "Noord B.V." }]);
    expect(entries[1]!.changes).toEqual([{ field: "expiresOn", from: null, to: "2029-05-31" }]);
    // Empty values and ids say nothing to a reader and are left out.
    expect(entries[2]!.changes.map((change) => change.field)).toEqual(["kind", "holder", "issuedOn"]);
  });

  it("names fields and values in the user's language", () => {
    const t = (key: Parameters<typeof formatMessage>[1], values?: Record<string, string | number>) =>
      formatMessage("nl", key, values);
    expect(fieldLabel(t, "certification", "expiresOn")).toBe("Vervaldatum");
    expect(fieldLabel(t, "certification", "kind")).toBe("Soort certificering");
    expect(fieldLabel(t, "agreement", "kind")).toBe("Soort overeenkomst");
    expect(fieldLabel(t, "certification", "somethingNew")).toBe("somethingNew");
    expect(displayValue(t, "nl", "certification", "expiresOn", "2029-05-31")).toBe("31 mei 2029");
    expect(displayValue(t, "nl", "certification", "expiresOn", null)).toBe("(leeg)");
    expect(displayValue(t, "nl", "agreement", "status", "negotiating")).toBe("In onderhandeling");
    expect(displayValue(t, "nl", "sub_processor", "authorisationStatus", "authorised")).toBe("Toestemming gegeven");
    expect(displayValue(t, "nl", "processing_specification", "storageCountries", ["NL", "DE"])).toBe(
      "Nederland, Duitsland",
    );
    expect(displayValue(t, "nl", "processing_specification", "processesBsn", true)).toBe("Ja");
    const english = (key: Parameters<typeof formatMessage>[1]) => formatMessage("en", key);
    expect(
      displayValue(english, "en", "processing_specification", "transfers", [{ country: "US", safeguard: "none" }]),
    ).toBe("United States (No safeguard)");
  });
});
