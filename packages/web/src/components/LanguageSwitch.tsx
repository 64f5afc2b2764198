import type { Locale } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { useId } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const languageNames: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: "nl", name: "Nederlands" },
  { locale: "en", name: "English" },
];

/** Toggle buttons for the interface language; the pressed one is the current language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useTranslation();
  const labelId = useId();
  return (
    <div className="art28-language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="art28-visually-hidden">
        {t("layout.language")}
      </span>
      {languageNames.map((language) => (
        <Button
          key={language.locale}
          lang={language.locale}
          purpose="subtle"
          toggle
          pressed={language.locale === locale}
          onClick={() => setLocale(language.locale)}
        >
          {language.name}
        </Button>
      ))}
    </div>
  );
}
