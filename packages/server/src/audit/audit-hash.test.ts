import { describe, expect, it } from "vitest";
import { auditEventHash, type HashedAuditEvent } from "./audit-hash.ts";

const event: HashedAuditEvent = {
  organisationId: "6f1c2d3e-0000-4000-8000-000000000001",
  sequence: 1,
  occurredAt: new Date("2026-11-22T10:00:00.123Z"),
  actorUserId: null,
  actorLabel: "privacy@gemeente.example",
  entityType: "relationship",
  entityId: "6f1c2d3e-0000-4000-8000-000000000002",
  action: "created",
  changes: { name: "Salarisadministratie", role: "processor" },
  previousHash: null,
};

describe("auditEventHash", () => {
  it("is a hex SHA-256 that does not depend on the order of keys in the changes", () => {
    const hash = auditEventHash(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash({ ...event, changes: { role: "processor", name: "Salarisadministratie" } })).toBe(hash);
  });

  it("changes when any covered field changes, including the link to the previous event", () => {
    const hash = auditEventHash(event);
    const variants: HashedAuditEvent[] = [
      { ...event, sequence: 2, previousHash: "0".repeat(64) },
      { ...event, occurredAt: new Date("2026-11-22T10:00:00.124Z") },
      { ...event, actorLabel: "someone@else.example" },
      { ...event, action: "updated" },
      { ...event, changes: { name: "Salarisadministratie", role: "independent_controller" } },
      { ...event, entityId: "6f1c2d3e-0000-4000-8000-000000000003" },
    ];
    for (const variant of variants) expect(auditEventHash(variant)).not.toBe(hash);
  });
});
