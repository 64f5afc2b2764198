import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";
import { useEffect, useImperativeHandle, useRef, type MouseEvent, type Ref } from "react";

/** One problem in the summary, as a link to the control it is about. */
export interface ErrorSummaryItem {
  /** The id of the control that focus moves to. */
  targetId: string;
  /** The text of the link, already in the interface language. */
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  /** Problems with the form as a whole (a lost connection, a refusal), already translated. */
  general?: readonly string[] | undefined;
  items: readonly ErrorSummaryItem[];
  /**
   * When given, the summary takes focus as it appears and whenever this value changes (e.g. a
   * count of failed submissions), so keyboard and screen reader users learn at once that the
   * form was not sent. Leave it out to move focus yourself through `ref`.
   */
  focusKey?: unknown;
  ref?: Ref<HTMLDivElement | null>;
}

function focusTarget(targetId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here so the router does not treat the fragment as a navigation.
    event.preventDefault();
    const target = document.getElementById(targetId);
    target?.scrollIntoView({ block: "center" });
    target?.focus();
  };
}

/**
 * The error summary above a form (the NL Design System pattern): what is wrong, each item a
 * link that moves focus to its control.
 */
export function ErrorSummary({ title, general = [], items, focusKey, ref }: ErrorSummaryProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  useImperativeHandle<HTMLDivElement | null, HTMLDivElement | null>(ref, () => alertRef.current, []);

  useEffect(() => {
    if (focusKey !== undefined) alertRef.current?.focus();
  }, [focusKey]);

  return (
    <Alert type="error" ref={alertRef} tabIndex={-1} className="art28-alert art28-error-summary">
      <Heading level={2} appearance="level-4">
        {title}
      </Heading>
      {general.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
      {items.length > 0 && (
        <ul className="art28-error-list">
          {items.map((item, index) => (
            // The same control can have more than one problem.
            <li key={`${index}-${item.targetId}`}>
              <Link href={`#${item.targetId}`} onClick={focusTarget(item.targetId)}>
                {item.message}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
