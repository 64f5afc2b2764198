import { Heading } from "@nl-design-system-candidate/heading-react";

/** Adds a relationship (a service or processing activity with a counterparty) to the register. (Placeholder until the screen is built.) */
export function RelationshipCreatePage() {
  return <Heading level={1}>RelationshipCreatePage</Heading>;
}
