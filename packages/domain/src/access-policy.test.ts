import { describe, expect, it } from "vitest";
import { permissionsOf, roleAllows } from "./access-policy.ts";

describe("access policy", () => {
  it("lets a viewer read but not change counterparties", () => {
    expect(roleAllows("viewer", "counterparties.read")).toBe(true);
    expect(roleAllows("viewer", "counterparties.write")).toBe(false);
  });

  it("keeps member management for administrators", () => {
    expect(roleAllows("admin", "members.manage")).toBe(true);
    expect(roleAllows("privacy_officer", "members.manage")).toBe(false);
    expect(roleAllows("contract_manager", "members.manage")).toBe(false);
  });

  it("gives privacy officers and contract managers the same register editing rights", () => {
    const editing = ["counterparties.write", "register.write"] as const;
    for (const permission of editing) {
      expect(roleAllows("privacy_officer", permission)).toBe(true);
      expect(roleAllows("contract_manager", permission)).toBe(true);
    }
  });

  it("lets privacy officers and administrators sign and publish templates, not contract managers or viewers", () => {
    for (const permission of ["agreements.sign", "templates.publish"] as const) {
      expect(roleAllows("admin", permission)).toBe(true);
      expect(roleAllows("privacy_officer", permission)).toBe(true);
      expect(roleAllows("contract_manager", permission)).toBe(false);
      expect(roleAllows("viewer", permission)).toBe(false);
    }
    expect(permissionsOf("contract_manager")).not.toContain("agreements.sign");
  });
});
