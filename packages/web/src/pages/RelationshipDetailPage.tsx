import { Heading } from "@nl-design-system-candidate/heading-react";

/** One relationship with everything recorded under it, editable, and its history. (Placeholder until the screen is built.) */
export function RelationshipDetailPage() {
  return <Heading level={1}>RelationshipDetailPage</Heading>;
}
