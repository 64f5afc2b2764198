import { Heading } from "@nl-design-system-candidate/heading-react";

/** Edits a counterparty's details. (Placeholder until the screen is built.) */
export function CounterpartyEditPage() {
  return <Heading level={1}>CounterpartyEditPage</Heading>;
}
