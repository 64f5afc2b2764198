import { Heading } from "@nl-design-system-candidate/heading-react";

/** The dashboard of the register: compliance counts, coverage, flags and the coming deadlines. (Placeholder until the screen is built.) */
export function RegisterDashboardPage() {
  return <Heading level={1}>RegisterDashboardPage</Heading>;
}
