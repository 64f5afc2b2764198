import type { RelationshipStatusView } from "@art28/contract";
import type { RelationshipStatus } from "@art28/domain";

/** Presenter: the domain's computed status with its moments as ISO strings, as the API shows it. */
export function presentRelationshipStatus(status: RelationshipStatus): RelationshipStatusView {
  return {
    requiredAgreement: status.requiredAgreement,
    compliance: status.compliance,
    flags: status.flags.map((flag) => ({ ...flag, at: flag.at?.toISOString() ?? null })),
    deadlines: status.deadlines.map((deadline) => ({ ...deadline, at: deadline.at?.toISOString() ?? null })),
  };
}
