import type { Breach, Certification } from "@art28/contract";
import { calendarDateOf } from "@art28/domain";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { formatCalendarDate, formatMoment, timeRemaining } from "./register-time.ts";

/** Whether a certificate is valid today, in words. */
export function CertificationValidity({ certification }: { certification: Certification }) {
  const { t, locale } = useTranslation();
  if (!certification.expiresOn) return <Paragraph>{t("detail.certificationNoExpiry")}</Paragraph>;
  const today = calendarDateOf(new Date());
  const date = formatCalendarDate(locale, certification.expiresOn);
  return certification.expiresOn < today ? (
    <Paragraph className="art28-register-warning-text">{t("detail.certificationExpired", { date })}</Paragraph>
  ) : (
    <Paragraph>{t("detail.certificationValid", { date })}</Paragraph>
  );
}

/**
 * The 72-hour deadline of a breach as a date and time, with the time left or passed. Counted
 * when the page is shown; a reload brings it up to date.
 */
export function BreachDeadline({ breach }: { breach: Breach }) {
  const { t, locale } = useTranslation();
  if (!breach.authorityNotificationRequired) return <Paragraph>{t("detail.breachNotRequired")}</Paragraph>;
  if (breach.authorityNotifiedAt) {
    return (
      <Paragraph>{t("detail.breachNotified", { moment: formatMoment(locale, breach.authorityNotifiedAt) })}</Paragraph>
    );
  }
  if (!breach.authorityDeadlineAt) return <Paragraph>{t("detail.breachNotAware")}</Paragraph>;
  const remaining = timeRemaining(breach.authorityDeadlineAt, new Date());
  return (
    <div
      className={
        remaining.overdue ? "art28-register-deadline art28-register-deadline--overdue" : "art28-register-deadline"
      }
    >
      <Paragraph>
        <strong>{t("detail.breachDeadline", { moment: formatMoment(locale, breach.authorityDeadlineAt) })}</strong>
      </Paragraph>
      <Paragraph>
        {t(remaining.overdue ? "detail.breachOverdue" : "detail.breachRemaining", {
          hours: remaining.hours,
          minutes: remaining.minutes,
        })}
      </Paragraph>
    </div>
  );
}
