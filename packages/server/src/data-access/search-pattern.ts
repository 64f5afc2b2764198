/**
 * An `ilike` pattern that finds `text` anywhere in a column. LIKE's wildcards and its escape
 * character are escaped, so a search for "100%" or "a_b" finds that text instead of everything.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
