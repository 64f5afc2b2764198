/**
 * Countries by ISO 3166-1 alpha-2 code, and whether they are in the European Economic Area.
 * Where data are stored and processed decides whether a transfer outside the EEA needs a
 * safeguard (Chapter V GDPR), so the register must know the difference.
 */
export const eeaCountryCodes = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
] as const;

const eea = new Set<string>(eeaCountryCodes);

/**
 * The officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which the EU and most
 * registers use although ISO has not assigned it.
 */
const assignedCountryCodes = new Set<string>(
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW".split(
    " ",
  ),
);

/** True for an assigned ISO 3166-1 alpha-2 code in capitals ("NL"); false for "XX", "nl" or "NLD". */
export function isCountryCode(value: string): boolean {
  return assignedCountryCodes.has(value);
}

/** Every country code the register accepts, sorted. */
export function countryCodes(): string[] {
  return [...assignedCountryCodes].sort();
}

/** The country's name in Dutch or English, from the runtime's Unicode data (browser and Node alike). */
export function countryName(code: string, locale: "nl" | "en"): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}

export function isInEea(countryCode: string): boolean {
  return eea.has(countryCode);
}
