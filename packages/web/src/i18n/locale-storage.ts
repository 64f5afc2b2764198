import { locales, type Locale } from "@art28/contract";

const storageKey = "art28.locale";

/** Dutch is the working language of the municipalities, so it is the default. */
export const defaultLocale: Locale = "nl";

/** Narrows untrusted text (storage, a select) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale the user chose earlier in this browser, or the default. */
export function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be blocked by privacy settings; the default is a fine answer then.
    return defaultLocale;
  }
}

/** Remembers the chosen locale; failure to store only means the choice is not remembered. */
export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // See readStoredLocale.
  }
}
