import { Heading } from "@nl-design-system-candidate/heading-react";

/** The register: every relationship with its computed status, filtered and searched. (Placeholder until the screen is built.) */
export function RelationshipListPage() {
  return <Heading level={1}>RelationshipListPage</Heading>;
}
