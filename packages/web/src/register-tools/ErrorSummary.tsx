import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import type { MouseEvent, Ref } from "react";

/** One problem in the summary, linking to the field it is about. */
export interface ErrorSummaryItem {
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  /** A problem with the whole form, such as a lost connection. */
  general?: string | undefined;
  items: readonly ErrorSummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

function focusField(fieldId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here so the router does not treat the fragment as a navigation.
    event.preventDefault();
    const field = document.getElementById(fieldId);
    field?.scrollIntoView({ block: "center" });
    field?.focus();
  };
}

/**
 * The list of what to fix, above the form, each item a link to its field (the NL Design
 * System's error summary pattern). Takes focus from the caller after a failed submission.
 */
export function ErrorSummary({ title, general, items, ref }: ErrorSummaryProps) {
  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="art28-alert art28-tools-error-summary">
      <Heading level={2} appearance="level-4">
        {title}
      </Heading>
      {general && <Paragraph>{general}</Paragraph>}
      {items.length > 0 && (
        <ul className="art28-error-list">
          {items.map((item, index) => (
            <li key={`${index}-${item.fieldId}`}>
              <Link href={`#${item.fieldId}`} onClick={focusField(item.fieldId)}>
                {item.message}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
