import { Heading } from "@nl-design-system-candidate/heading-react";

/** Imports counterparties from CSV or XLSX (mapping, dry run, confirm) and signed agreements in bulk. (Placeholder until the screen is built.) */
export function ImportPage() {
  return <Heading level={1}>ImportPage</Heading>;
}
