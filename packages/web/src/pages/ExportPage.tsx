import { Heading } from "@nl-design-system-candidate/heading-react";

/** Exports of the register: CSV, XLSX, JSON, the Art. 30(2) register, recipients and DPV JSON-LD. (Placeholder until the screen is built.) */
export function ExportPage() {
  return <Heading level={1}>ExportPage</Heading>;
}
