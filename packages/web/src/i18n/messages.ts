import type { Locale } from "@art28/contract";

/**
 * Interface texts. Dutch is the source language: its object defines the keys, and every other
 * locale is typed against it, so a missing or misspelled key fails to compile.
 * Placeholders look like `{name}` and are filled in by `formatMessage`.
 */
export const nl = {
  "app.name": "Art28",
  "app.footer": "Art28 — open source",
  "app.loading": "Bezig met laden…",
  "app.retry": "Opnieuw proberen",

  "layout.skipToContent": "Naar de hoofdinhoud",
  "layout.mainNavigation": "Hoofdnavigatie",
  "layout.overview": "Overzicht",
  "layout.currentOrganisation": "Organisatie",
  "layout.loggedInAs": "Ingelogd als {name}",
  "layout.logout": "Uitloggen",
  "layout.language": "Taal",
  "layout.organisationSwitcher": "Wissel van organisatie",
  "layout.organisationSwitcherSubmit": "Wisselen",

  "login.title": "Inloggen",
  "login.intro": "Log in met het e-mailadres en wachtwoord van je Art28-account.",
  "login.email": "E-mailadres",
  "login.password": "Wachtwoord",
  "login.submit": "Inloggen",
  "login.errorSummary": "Inloggen is niet gelukt",
  "login.emailRequired": "Vul je e-mailadres in.",
  "login.emailInvalid": "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
  "login.passwordRequired": "Vul je wachtwoord in.",

  "home.intro":
    "Hier staan de partijen waarmee {organisation} persoonsgegevens deelt. Per partij regel, controleer en bewaar je de verwerkersovereenkomst.",
  "home.search": "Zoeken",
  "home.searchDescription": "Zoek op naam, dienst, KvK-nummer of contactpersoon.",
  "home.tableCaption": "Partijen",
  "home.columnName": "Naam",
  "home.columnCategory": "Dienst",
  "home.columnCountry": "Land",
  "home.columnKvkNumber": "KvK-nummer",
  "home.columnContact": "Contact",
  "home.resultCount.one": "1 partij gevonden.",
  "home.resultCount.other": "{count} partijen gevonden.",
  "home.resultCountFor.one": "1 partij gevonden voor ‘{query}’.",
  "home.resultCountFor.other": "{count} partijen gevonden voor ‘{query}’.",
  "home.loading": "Partijen worden geladen…",
  "home.empty": "Er zijn nog geen partijen vastgelegd.",
  "home.noResults": "Geen partijen gevonden voor ‘{query}’. Controleer de spelling of zoek op een ander woord.",
  "home.unknownValue": "Niet bekend",
  "home.loadFailed": "De partijen konden niet worden geladen.",

  "organisation.loadFailed": "De organisatie kon niet worden geladen.",

  "notFound.title": "Pagina niet gevonden",
  "notFound.body": "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
  "notFound.home": "Naar de startpagina",

  "session.loadFailed": "Art28 kon niet controleren of je bent ingelogd.",
  "session.noMemberships": "Je account is nog niet aan een organisatie gekoppeld. Vraag de beheerder van je organisatie om je toe te voegen.",

  "error.malformed_request": "Art28 kon het verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.",
  "error.validation_failed": "Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.",
  "error.unauthenticated": "Je bent niet (meer) ingelogd. Log opnieuw in.",
  "error.invalid_credentials": "E-mailadres of wachtwoord klopt niet.",
  "error.csrf_invalid": "Je sessie is verlopen of de pagina is te lang open geweest. Probeer het opnieuw.",
  "error.forbidden": "Je hebt geen toegang tot deze gegevens.",
  "error.not_found": "Deze gegevens bestaan niet (meer).",
  "error.conflict": "De gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.",
  "error.rate_limited": "Te veel pogingen achter elkaar. Wacht een paar minuten en probeer het dan opnieuw.",
  "error.payload_too_large": "Wat je verstuurt is te groot.",
  "error.unsupported_media_type": "Dit soort gegevens kan Art28 niet verwerken.",
  "error.document_unreadable": "Dit document kan niet worden gelezen. Is het beschadigd of geen PDF, DOCX, tekst-, Markdown- of HTML-bestand?",
  "error.document_encrypted": "Dit document is beveiligd met een wachtwoord. Sla het onbeveiligd op en probeer het opnieuw.",
  "error.document_without_text": "Dit document bevat geen tekst, alleen afbeeldingen (bijvoorbeeld een scan). Gebruik een versie met tekst of laat het eerst herkennen (OCR).",
  "error.document_empty": "Dit document is leeg.",
  "error.document_too_complex": "Dit document is te groot of te ingewikkeld om binnen de grenzen te lezen.",
  "error.service_unavailable": "Art28 is tijdelijk niet beschikbaar. Probeer het later opnieuw.",
  "error.internal_error": "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
  "error.network_error": "Er is geen verbinding met Art28. Controleer je internetverbinding en probeer het opnieuw.",
  "error.invalid_response": "Art28 gaf een onverwacht antwoord. Probeer het later opnieuw.",
};

/** Every key of the interface texts. */
export type MessageKey = keyof typeof nl;

/** A complete set of interface texts for one locale. */
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  "app.name": "Art28",
  "app.footer": "Art28 — open source",
  "app.loading": "Loading…",
  "app.retry": "Try again",

  "layout.skipToContent": "Skip to main content",
  "layout.mainNavigation": "Main navigation",
  "layout.overview": "Overview",
  "layout.currentOrganisation": "Organisation",
  "layout.loggedInAs": "Logged in as {name}",
  "layout.logout": "Log out",
  "layout.language": "Language",
  "layout.organisationSwitcher": "Switch organisation",
  "layout.organisationSwitcherSubmit": "Switch",

  "login.title": "Log in",
  "login.intro": "Log in with the email address and password of your Art28 account.",
  "login.email": "Email address",
  "login.password": "Password",
  "login.submit": "Log in",
  "login.errorSummary": "Logging in failed",
  "login.emailRequired": "Enter your email address.",
  "login.emailInvalid": "Enter a valid email address, such as name@municipality.nl.",
  "login.passwordRequired": "Enter your password.",

  "home.intro":
    "These are the parties with which {organisation} shares personal data. For each party you arrange, check and keep the processor agreement.",
  "home.search": "Search",
  "home.searchDescription": "Search by name, service, KvK number or contact person.",
  "home.tableCaption": "Counterparties",
  "home.columnName": "Name",
  "home.columnCategory": "Service",
  "home.columnCountry": "Country",
  "home.columnKvkNumber": "KvK number",
  "home.columnContact": "Contact",
  "home.resultCount.one": "1 counterparty found.",
  "home.resultCount.other": "{count} counterparties found.",
  "home.resultCountFor.one": "1 counterparty found for ‘{query}’.",
  "home.resultCountFor.other": "{count} counterparties found for ‘{query}’.",
  "home.loading": "Loading counterparties…",
  "home.empty": "No counterparties have been recorded yet.",
  "home.noResults": "No counterparties found for ‘{query}’. Check the spelling or try another word.",
  "home.unknownValue": "Unknown",
  "home.loadFailed": "The counterparties could not be loaded.",

  "organisation.loadFailed": "The organisation could not be loaded.",

  "notFound.title": "Page not found",
  "notFound.body": "This page does not exist (any more). Check the address or go to the start page.",
  "notFound.home": "Go to the start page",

  "session.loadFailed": "Art28 could not check whether you are logged in.",
  "session.noMemberships": "Your account is not linked to an organisation yet. Ask the administrator of your organisation to add you.",

  "error.malformed_request": "Art28 could not read the request. Reload the page and try again.",
  "error.validation_failed": "Not everything has been filled in correctly. Check the marked fields.",
  "error.unauthenticated": "You are not logged in (any more). Please log in again.",
  "error.invalid_credentials": "Email address or password is incorrect.",
  "error.csrf_invalid": "Your session has expired or the page was open for too long. Please try again.",
  "error.forbidden": "You do not have access to this information.",
  "error.not_found": "This information does not exist (any more).",
  "error.conflict": "Someone else changed this information in the meantime. Reload the page.",
  "error.rate_limited": "Too many attempts in a row. Wait a few minutes and then try again.",
  "error.payload_too_large": "What you are sending is too large.",
  "error.unsupported_media_type": "Art28 cannot process this kind of data.",
  "error.document_unreadable": "This document cannot be read. Is it damaged, or not a PDF, DOCX, text, Markdown or HTML file?",
  "error.document_encrypted": "This document is protected with a password. Save it without protection and try again.",
  "error.document_without_text": "This document contains no text, only images (a scan, for example). Use a version with text, or run text recognition (OCR) first.",
  "error.document_empty": "This document is empty.",
  "error.document_too_complex": "This document is too large or too complex to read within the limits.",
  "error.service_unavailable": "Art28 is temporarily unavailable. Please try again later.",
  "error.internal_error": "Something went wrong on our side. Please try again later.",
  "error.network_error": "There is no connection to Art28. Check your internet connection and try again.",
  "error.invalid_response": "Art28 gave an unexpected answer. Please try again later.",
};

/** Interface texts per locale. */
export const messages: Record<Locale, Messages> = { nl, en };

/** Values to substitute for `{placeholder}`s in a message. */
export type MessageValues = Record<string, string | number>;

/**
 * Looks up a message and fills in its placeholders. A placeholder without a value stays
 * visible as `{name}`, which makes a forgotten value easy to spot instead of silently empty.
 */
export function formatMessage(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const template = messages[locale][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Names of the `{placeholders}` in a message, for checking that translations agree. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

/**
 * The plural form to use for `count`. Dutch and English only distinguish "one" and "other",
 * so messages come in those two variants.
 */
export function pluralForm(locale: Locale, count: number): "one" | "other" {
  return new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
}
