import type { ReactNode } from "react";

/** The look of a finding: the three statuses, plus "not found, but not mandatory either". */
export type StatusAppearance = "conflict" | "missing" | "present" | "advisory";

const paths: Record<StatusAppearance, ReactNode> = {
  // A cross in a circle: this goes against the GDPR.
  conflict: (
    <>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path d="M8 8l8 8M16 8l-8 8" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </>
  ),
  // An exclamation mark in a triangle: something that must be there is not.
  missing: (
    <>
      <path d="M12 1.5L23 21.5H1z" fill="currentColor" />
      <path d="M12 8.5v6.5" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="12" cy="18.3" r="1.5" fill="#fff" />
    </>
  ),
  // A tick in a circle: in order.
  present: (
    <>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d="M6.5 12.5l3.5 3.5 7.5-8"
        stroke="#fff"
        strokeWidth="2.5"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  // A dash in an open circle: not there, but not required either.
  advisory: (
    <>
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M7.5 12h9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </>
  ),
};

/**
 * A status icon. Decorative: every icon stands next to the status in words, so colour and
 * shape only help the eye (WCAG 1.4.1).
 */
export function StatusIcon({ appearance }: { appearance: StatusAppearance }) {
  return (
    <svg className="art28-status-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths[appearance]}
    </svg>
  );
}
