import type { OrganisationKind, RoleOutcome } from "@art28/domain";

/**
 * Who does what in one relationship, seen from the organisation whose register it is. The
 * register records the role of the counterparty (the role-assessment outcome); it has no field
 * for the organisation's own role, so that is derived from the organisation's kind. See
 * docs/decisions/0015-import-export.md.
 */
export type Perspective =
  /** The counterparty processes personal data on the organisation's behalf. */
  | "counterparty_processes"
  /** The organisation processes on behalf of the counterparty, which is the controller (Art. 30(2)). */
  | "organisation_processes"
  | "joint_controllers"
  /** The counterparty receives data as a controller in its own right. */
  | "counterparty_independent_controller"
  /** No outside party receives personal data (internal, or no personal data at all). */
  | "no_recipient"
  /** The role is not known yet. */
  | "undetermined";

/**
 * A supplier (kind `processor`) records its customers as counterparties and leaves their role
 * open, because the role assessment asks whether a counterparty is the organisation's
 * processor. So in a supplier's register, a relationship without a decided role is processing
 * on the customer's behalf; a counterparty recorded as `processor` is the supplier's own
 * (sub-)processor. For every other organisation an open role stays undetermined.
 */
export function perspectiveOf(organisationKind: OrganisationKind, role: RoleOutcome | null): Perspective {
  switch (role) {
    case "processor":
      return "counterparty_processes";
    case "joint_controllers":
      return "joint_controllers";
    case "independent_controller":
      return "counterparty_independent_controller";
    case "internal":
    case "not_applicable":
      return "no_recipient";
    case "undetermined":
    case null:
      return organisationKind === "processor" ? "organisation_processes" : "undetermined";
  }
}
