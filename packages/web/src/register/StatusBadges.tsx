import type { RelationshipStatusView } from "@art28/contract";
import type { ComplianceState, RelationshipFlagId } from "@art28/domain";
import { StatusIcon, type StatusAppearance } from "../check/StatusIcon.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import "./register.css";

/** How a compliance state looks; the words carry the meaning, icon and colour only help. */
export const complianceAppearance: Record<ComplianceState, StatusAppearance> = {
  compliant: "present",
  missing: "conflict",
  incomplete: "missing",
  not_required: "advisory",
  undetermined: "advisory",
};

/** The compliance of a relationship in words, with an icon. */
export function ComplianceBadge({ compliance }: { compliance: ComplianceState }) {
  const { t } = useTranslation();
  const appearance = complianceAppearance[compliance];
  return (
    <span className={`art28-status art28-status--${appearance}`}>
      <StatusIcon appearance={appearance} />
      {t(`register.compliance.${compliance}`)}
    </span>
  );
}

/** Flags in a compact list, for table cells. */
export function FlagList({ flags }: { flags: RelationshipStatusView["flags"] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return <>{t("list.none")}</>;
  const unique = [...new Set(flags.map((flag) => flag.flag))] as RelationshipFlagId[];
  return (
    <ul className="art28-register-flag-list">
      {unique.map((flag) => (
        <li key={flag}>{t(`register.flag.${flag}`)}</li>
      ))}
    </ul>
  );
}
