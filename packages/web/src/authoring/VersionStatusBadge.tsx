import type { AuthoredVersionStatus } from "@art28/contract";
import { StatusIcon } from "../check/StatusIcon.tsx";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { versionStatusAppearance } from "./version-view.ts";

/** The status of an agreement version in words, with an icon. */
export function VersionStatusBadge({ status }: { status: AuthoredVersionStatus }) {
  const { t } = useTranslation();
  const appearance = versionStatusAppearance[status];
  return (
    <span className={`art28-status art28-status--${appearance}`}>
      <StatusIcon appearance={appearance} />
      {t(`authoring.status.${status}`)}
    </span>
  );
}
