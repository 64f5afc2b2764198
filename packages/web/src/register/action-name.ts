/**
 * The accessible name of a short action button ("Wijzigen") that repeats for every record:
 * the visible label first, then the record's name, so a list of identical buttons is still
 * told apart and speech input can use the visible word (WCAG 2.5.3).
 */
export function actionName(label: string, name: string): string {
  return `${label}: ${name}`;
}
