/**
 * Countries by ISO 3166-1 alpha-2 code, and whether they are in the European Economic Area.
 * Where data are stored and processed decides whether a transfer outside the EEA needs a
 * safeguard (Chapter V GDPR), so the register must know the difference.
 */
export const eeaCountryCodes = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
] as const;

const eea = new Set<string>(eeaCountryCodes);

/** Shape check only: two capital letters. The register validates against the full list later. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

export function isInEea(countryCode: string): boolean {
  return eea.has(countryCode);
}
