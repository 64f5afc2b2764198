import type { Locale } from "@art28/contract";
import { pluralForm } from "../i18n/messages.ts";

/** The key of the plural variant of `base` for `count` (`base.one` or `base.other`). */
export function pluralKey<Base extends string>(
  base: Base,
  locale: Locale,
  count: number,
): `${Base}.${"one" | "other"}` {
  return `${base}.${pluralForm(locale, count)}`;
}
