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

  it("gives privacy officers and contract managers the same editing rights", () => {
    expect(permissionsOf("privacy_officer")).toEqual(permissionsOf("contract_manager"));
    expect(roleAllows("contract_manager", "counterparties.write")).toBe(true);
  });
});
