import type { Locale } from "@art28/contract";
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { formatMessage, type MessageKey, type MessageValues } from "./messages.ts";
import { readStoredLocale, storeLocale } from "./locale-storage.ts";

/** What `useTranslation()` offers to components. */
export interface Translation {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: MessageValues) => string;
}

const TranslationContext = createContext<Translation | null>(null);

/** Holds the interface language and keeps `<html lang>` in step with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    // Screen readers pick their pronunciation from this attribute.
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<Translation>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => formatMessage(locale, key, values),
    }),
    [locale, setLocale],
  );

  return <TranslationContext value={value}>{children}</TranslationContext>;
}

/** The current locale, a way to change it, and `t` to look up interface texts. */
export function useTranslation(): Translation {
  const translation = use(TranslationContext);
  if (!translation) throw new Error("useTranslation() needs an <I18nProvider> above it");
  return translation;
}
