import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";

export interface SummaryItem {
  /** The id of the control to move to. */
  targetId: string;
  label: string;
  message: MessageKey;
}

/**
 * The error summary above a form (NL Design System pattern): what is wrong, each item a link
 * that moves focus to the field. It takes focus itself when it appears, so keyboard and screen
 * reader users learn at once that the form was not sent.
 */
export function ErrorSummary({
  items,
  general = [],
  attempt,
}: {
  items: readonly SummaryItem[];
  general?: readonly MessageKey[];
  /** Changes with every failed submission, so the summary takes focus again. */
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  const focusField = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here so the router does not treat the fragment as a navigation.
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };

  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="art28-alert art28-register-error-summary">
      <Heading level={2} appearance="level-4">
        {t("register.errorSummary")}
      </Heading>
      {general.map((key) => (
        <Paragraph key={key}>{t(key)}</Paragraph>
      ))}
      {items.length > 0 && (
        <ul className="art28-error-list">
          {items.map((item) => (
            <li key={item.targetId}>
              <Link href={`#${item.targetId}`} onClick={focusField(item.targetId)}>
                {item.label}: {t(item.message)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
