import type { Locale } from "@art28/contract";
import { registerEn, registerNl } from "./messages-register.ts";
import { registerToolsEn, registerToolsNl } from "./messages-register-tools.ts";
import { authoringEn, authoringNl } from "./messages-authoring.ts";

/**
 * Interface texts. Dutch is the source language: its object defines the keys, and every other
 * locale is typed against it, so a missing or misspelled key fails to compile.
 * Placeholders look like `{name}` and are filled in by `formatMessage`. Long compounds in
 * headings carry a soft hyphen (\u00ad) where they may break on a narrow screen: browsers do
 * not hyphenate Dutch everywhere, and "verwerkersovereenkomst" is wider than a 320 px phone.
 */
const coreNl = {
  "app.name": "Art28",
  "app.footer": "Art28 — open source",
  "app.loading": "Bezig met laden…",
  "app.retry": "Opnieuw proberen",
  "pagination.previous": "Vorige pagina",
  "pagination.next": "Volgende pagina",
  "pagination.position": "Pagina {page} van {pages}",

  "layout.skipToContent": "Naar de hoofdinhoud",
  "layout.mainNavigation": "Hoofdnavigatie",
  "layout.overview": "Overzicht",
  "layout.dashboard": "Dashboard",
  "layout.register": "Register",
  "layout.counterparties": "Partijen",
  "layout.notifications": "Meldingen",
  "layout.currentOrganisation": "Organisatie",
  "layout.loggedInAs": "Ingelogd als {name}",
  "layout.logout": "Uitloggen",
  "layout.language": "Taal",
  "layout.organisationSwitcher": "Wissel van organisatie",
  "layout.organisationSwitcherSubmit": "Wisselen",
  "layout.check": "Toets een verwerkersovereenkomst",
  "layout.roleAssessment": "Rolbepaling",
  "layout.login": "Inloggen",

  "login.title": "Inloggen",
  "login.intro": "Log in met het e-mailadres en wachtwoord van uw Art28-account.",
  "login.email": "E-mailadres",
  "login.password": "Wachtwoord",
  "login.submit": "Inloggen",
  "login.errorSummary": "Inloggen is niet gelukt",
  "login.emailRequired": "Vul uw e-mailadres in.",
  "login.emailInvalid": "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
  "login.passwordRequired": "Vul uw wachtwoord in.",

  "home.intro":
    "Hier staan de partijen waarmee {organisation} persoonsgegevens deelt. Per partij regelt, controleert en bewaart u de verwerkersovereenkomst.",
  "home.search": "Zoeken",
  "home.searchDescription": "Zoek op naam, dienst, KvK-nummer of contactpersoon.",
  "home.tableCaption": "Partijen",
  "home.columnName": "Naam",
  "home.columnCategory": "Dienst",
  "home.columnCountry": "Land",
  "home.columnKvkNumber": "KvK-nummer",
  "home.columnContact": "Contact",
  "home.columnRole": "Rol",
  "home.roleNotAssessed": "Nog niet bepaald",
  "home.assessRole": "Rol bepalen",
  "home.assessRoleFor": "Rol bepalen voor {name}",
  "home.resultCount.one": "1 partij gevonden.",
  "home.resultCount.other": "{count} partijen gevonden.",
  "home.resultCountFor.one": "1 partij gevonden voor ‘{query}’.",
  "home.resultCountFor.other": "{count} partijen gevonden voor ‘{query}’.",
  "home.loading": "Partijen worden geladen…",
  "home.empty": "Er zijn nog geen partijen vastgelegd.",
  "home.noResults": "Geen partijen gevonden voor ‘{query}’. Controleer de spelling of zoek op een ander woord.",
  "home.unknownValue": "Niet bekend",
  "home.loadFailed": "De partijen konden niet worden geladen.",
  "home.checkPrompt": "Een losse overeenkomst snel nalopen?",
  "home.checkLink": "Toets een verwerkersovereenkomst aan artikel 28 AVG",

  "organisation.loadFailed": "De organisatie kon niet worden geladen.",

  "check.title": "Toets een verwerkers\u00adovereenkomst",
  "check.intro":
    "Zie per onderdeel van artikel 28 AVG of het in de overeenkomst staat, ontbreekt of in strijd is met de AVG, met de zin die dat laat zien. U hebt geen account nodig.",
  "check.privacy": "Uw document wordt niet bewaard: het wordt gelezen, getoetst en daarna vergeten.",
  "check.fileLabel": "Document",
  "check.fileDescription": "PDF, Word (.docx), tekst (.txt), Markdown (.md, .mdx) of HTML, hoogstens 20 MB.",
  "check.dropHint": "U kunt het bestand ook naar dit vak slepen.",
  "check.dropActive": "Laat het bestand los om het te kiezen.",
  "check.chosenFile": "Gekozen: {name} ({size})",
  "check.languageLegend": "Taal van het document",
  "check.languageDescription":
    "Meestal herkent Art28 de taal zelf. De uitleg bij de uitkomst staat in de taal van het document.",
  "check.languageAuto": "Automatisch herkennen",
  "check.submit": "Toetsen",
  "check.cancel": "Stoppen",
  "check.fileMissing": "Kies een document om te toetsen.",
  "check.fileType":
    "Dit soort bestand kan Art28 niet toetsen. Kies een PDF, een Word-bestand (.docx) of een tekst-, Markdown- of HTML-bestand.",
  "check.fileTooLarge":
    "Dit bestand is groter dan 20 MB en wordt daarom niet verstuurd. Kies een kleiner bestand, bijvoorbeeld de overeenkomst zonder bijlagen.",
  "check.fileEmpty": "Dit bestand is leeg. Kies het bestand met de overeenkomst.",
  "check.fileMultiple": "Sleep één bestand tegelijk naar het vak.",
  "check.uploading": "Document wordt verstuurd…",
  "check.uploadProgressLabel": "Voortgang van het versturen",
  "check.uploadProgress": "{percent}% verstuurd",
  "check.checking": "Bezig met toetsen…",
  "check.checkingLabel": "Voortgang van het toetsen",
  "check.done": "De toets is klaar.",
  "check.cancelled": "Het toetsen is gestopt.",
  "check.failedTitle": "Toetsen is niet gelukt",
  "check.failedFile": "Bestand: {name}",
  "check.failedHint": "Kies een ander bestand of probeer het opnieuw.",
  "check.error.payload_too_large": "Dit bestand is te groot om te toetsen. De grens is 20 MB.",
  "check.error.unsupported_media_type":
    "Dit soort bestand kan Art28 niet toetsen. Gebruik een PDF, een Word-bestand (.docx) of een tekst-, Markdown- of HTML-bestand. Een oud Word-bestand (.doc) kunt u in Word opslaan als .docx.",
  "check.error.validation_failed":
    "Art28 heeft geen document ontvangen. Kies het bestand opnieuw en probeer het nog eens.",
  "check.error.rate_limited":
    "Er zijn in korte tijd veel documenten getoetst. Wacht een minuut en probeer het dan opnieuw.",

  "check.resultTitle": "Toetsresultaat",
  "check.resultPageTitle": "Toetsresultaat: {name}",
  "check.printSource": "Toetsrapport van Art28: een verwerkersovereenkomst getoetst aan artikel 28 AVG.",
  "check.notAgreementTitle": "Dit document lijkt geen verwerkers\u00adovereenkomst",
  "check.notAgreementBody":
    "Daarom is geen enkel onderdeel als aanwezig beoordeeld. Toets de verwerkersovereenkomst zelf, of de bijlage waarin de verwerking is geregeld.",
  "check.verdictCompliant": "Voldoet aan artikel 28 AVG",
  "check.verdictNotCompliant": "Voldoet niet aan artikel 28 AVG",
  "check.verdictPresent": "{present} van {total} verplichte onderdelen aanwezig.",
  "check.verdictConflicts.one": "1 onderdeel is in strijd met de AVG.",
  "check.verdictConflicts.other": "{count} onderdelen zijn in strijd met de AVG.",
  "check.verdictMissing.one": "1 verplicht onderdeel ontbreekt.",
  "check.verdictMissing.other": "{count} verplichte onderdelen ontbreken.",
  "check.verdictNoConflicts": "Er is niets gevonden dat in strijd is met de AVG.",
  "check.disclaimer": "Deze toets is automatisch en ondersteunt uw oordeel; hij vervangt geen juridisch advies.",
  "check.factDocument": "Document",
  "check.factCheckedAt": "Getoetst op",
  "check.factLanguage": "Taal van het document",
  "check.factAgreement": "Verwerkersovereenkomst",
  "check.languageDetected": "{language}, automatisch herkend",
  "check.languageChosen": "{language}, door u gekozen",
  "check.languageName.nl": "Nederlands",
  "check.languageName.en": "Engels",
  "check.yes": "Ja",
  "check.no": "Nee",
  "check.findingsNavigation": "Naar de bevindingen",
  "check.findingsTitle": "Bevindingen per onderdeel",
  "check.groupTitle": "{title} ({count})",
  "check.group.conflict": "In strijd met de AVG",
  "check.group.missing": "Verplicht, maar ontbreekt",
  "check.group.present": "Aanwezig",
  "check.group.advisory": "Aanbevolen, niet verplicht",
  "check.groupIntro.conflict": "Deze bepalingen gaan tegen de AVG in. Laat ze schrappen of aanpassen.",
  "check.groupIntro.missing": "Artikel 28 AVG eist deze onderdelen, maar ze zijn niet in het document gevonden.",
  "check.groupIntro.present": "Deze verplichte onderdelen zijn gevonden, met de zin die dat laat zien.",
  "check.groupIntro.advisory":
    "Artikel 28 eist deze onderdelen niet, maar een verwerkersovereenkomst regelt ze meestal wel.",
  "check.status.conflict": "In strijd met de AVG",
  "check.status.missing": "Ontbreekt",
  "check.status.present": "Aanwezig",
  "check.notMandatory": "Niet verplicht",
  "check.legalBasis": "Grondslag: {basis}",
  "check.conflictClause": "Strijdige bepaling: {title}",
  "check.evidence": "Vindplaats",
  "check.evidenceAlso": "Wel gevonden",
  "check.showInDocument": "Toon in de documenttekst",
  "check.print": "Afdrukken of opslaan als PDF",
  "check.printDocumentText": "Documenttekst meeprinten",
  "check.again": "Nieuwe toets",
  "check.documentTitle": "Documenttekst",
  "check.documentIntro":
    "De tekst zoals Art28 die uit het document heeft gelezen. Zinnen die een bevinding onderbouwen zijn gemarkeerd; strijdige bepalingen zijn rood gemarkeerd en beginnen met ‘Strijdig’.",
  "check.markConflict": "Strijdig",
  "check.backToFinding": "Bevinding:",

  "role.title": "Rolbepaling",
  "role.titleFor": "Rolbepaling: {name}",
  "role.intro":
    "Is een partij uw verwerker, en welke overeenkomst is dan nodig? Beantwoord een paar vragen over één partij en één verwerking. Vragen die voor de uitkomst niet meer uitmaken, worden overgeslagen.",
  "role.introAnonymous":
    "U heeft geen account nodig. Uw antwoorden staan alleen in het adres van deze pagina en worden niet bewaard.",
  "role.introCounterparty": "Als u klaar bent, legt u de uitkomst vast bij deze partij in het register.",
  "role.questionNumber": "Vraag {number}",
  "role.questionHeading": "Vraag {number}: {title}",
  "role.helpSummary": "Uitleg bij deze vraag",
  "role.helpMeaning": "Wat betekent dit?",
  "role.helpExample": "Voorbeeld",
  "role.helpReferences": "Bronnen",
  "role.chooseAnswer": "Kies een antwoord.",
  "role.next": "Volgende",
  "role.back": "Vorige",
  "role.toResult": "Naar de uitkomst",
  "role.resultTitle": "Uitkomst van de rolbepaling",
  "role.resultTitleFor": "Uitkomst van de rolbepaling: {name}",
  "role.outcomeIntro": "De partij is",
  "role.agreementIntro": "Nodig",
  "role.agreementUndetermined": "Dat hangt af van de vragen die nog open staan.",
  "role.explanationTitle": "Waarom",
  "role.ruleLabel": "Beslissende regel",
  "role.rule": "Regel {number} van beslismodel {version}",
  "role.ruleUndetermined": "Nog geen regel beslist (beslismodel {version})",
  "role.referencesTitle": "Wettelijke grondslag en bronnen",
  "role.nextStepsTitle": "Wat nu?",
  "role.processorLink": "Toets een verwerkersovereenkomst",
  "role.processorLinkIntro":
    "Heeft u al een verwerkersovereenkomst met deze partij? Kijk of die voldoet aan artikel 28 AVG:",
  "role.jointTitle": "Regeling tussen gezamenlijk verwerkingsverantwoordelijken",
  "role.jointBody":
    "Bij gezamenlijke verantwoordelijkheid sluit u geen verwerkersovereenkomst, maar leggen u en de partij samen vast wie welke plicht uit de AVG nakomt: wie de betrokkenen informeert, wie verzoeken om inzage of verwijdering afhandelt en wie datalekken meldt. De kern van die regeling moet beschikbaar zijn voor de betrokkenen (artikel 26 AVG).",
  "role.noAgreementTitle": "Geen verwerkersovereenkomst nodig",
  "role.noAgreementBody":
    "Voor deze verwerking is geen verwerkersovereenkomst nodig. Sluit er ook geen: een verwerkersovereenkomst met een partij die geen verwerker is, geeft een verkeerd beeld van wie verantwoordelijk is.",
  "role.openQuestionsTitle": "Nog te beantwoorden",
  "role.openQuestionsIntro": "De uitkomst hangt nog af van deze vragen. Zoek het antwoord uit en vul het in:",
  "role.answerQuestion": "Beantwoord: {title}",
  "role.possibleOutcomes": "Mogelijke uitkomsten: {outcomes}.",
  "role.answersTitle": "Uw antwoorden",
  "role.answersIntro": "Vragen die voor de uitkomst niet uitmaakten, zijn niet gesteld.",
  "role.change": "Wijzig",
  "role.changeAnswer": "Wijzig het antwoord op: {title}",
  "role.print": "Afdrukken of bewaren als pdf",
  "role.startOver": "Opnieuw beginnen",
  "role.disclaimer":
    "Deze uitkomst is een hulpmiddel bij uw eigen oordeel en vervangt geen juridisch advies. De feiten beslissen, niet hoe een contract de partij noemt.",
  "role.printSource": "Art28 rolbepaling: is de partij verwerker, en welke overeenkomst is nodig?",
  "role.printedAt": "Bepaald op {date}",
  "role.notStored": "Deze uitkomst is nog niet vastgelegd.",
  "role.store": "Vastleggen bij {name}",
  "role.storing": "Bezig met vastleggen…",
  "role.storeFailed": "De rolbepaling kon niet worden vastgelegd.",
  "role.stored": "Vastgelegd door {name} op {date}.",
  "role.storedUnknownPerson": "Vastgelegd op {date}.",
  "role.storedLoadFailed": "De vastgelegde rolbepaling kon niet worden geladen.",
  "role.storedNotFound": "Deze rolbepaling bestaat niet (meer).",
  "role.assessAgain": "Opnieuw bepalen",
  "role.backToOverview": "Terug naar het overzicht",
  "role.counterpartyLoadFailed": "De partij kon niet worden geladen.",
  "role.noPermission":
    "U mag de rol van partijen in deze organisatie niet vastleggen. U kunt de vragen wel beantwoorden op de openbare pagina.",
  "role.loading": "Bezig met laden…",

  "notFound.title": "Pagina niet gevonden",
  "notFound.body": "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
  "notFound.home": "Naar de startpagina",

  "session.loadFailed": "Art28 kon niet controleren of u bent ingelogd.",
  "session.noMemberships":
    "Uw account is nog niet aan een organisatie gekoppeld. Vraag de beheerder van uw organisatie om u toe te voegen.",

  "error.malformed_request": "Art28 kon het verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.",
  "error.validation_failed": "Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.",
  "error.unauthenticated": "U bent niet (meer) ingelogd. Log opnieuw in.",
  "error.invalid_credentials": "E-mailadres of wachtwoord klopt niet.",
  "error.csrf_invalid": "Uw sessie is verlopen of de pagina is te lang open geweest. Probeer het opnieuw.",
  "error.forbidden": "U hebt geen toegang tot deze gegevens.",
  "error.not_found": "Deze gegevens bestaan niet (meer).",
  "error.conflict": "De gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.",
  "error.transition_not_allowed":
    "Deze statuswijziging is niet toegestaan. Kies een van de statussen die worden aangeboden.",
  "error.still_referenced":
    "Dit kan niet worden verwijderd, omdat er nog gegevens aan gekoppeld zijn. Verwijder of verplaats die eerst.",
  "error.rate_limited": "Te veel pogingen achter elkaar. Wacht een paar minuten en probeer het dan opnieuw.",
  "error.payload_too_large": "Wat u verstuurt is te groot.",
  "error.unsupported_media_type": "Dit soort gegevens kan Art28 niet verwerken.",
  "error.document_unreadable":
    "Dit document kan niet worden gelezen. Is het beschadigd of geen PDF, DOCX, tekst-, Markdown- of HTML-bestand?",
  "error.document_encrypted":
    "Dit document is beveiligd met een wachtwoord. Sla het onbeveiligd op en probeer het opnieuw.",
  "error.document_without_text":
    "Dit document bevat geen tekst, alleen afbeeldingen (bijvoorbeeld een scan). Gebruik een versie met tekst of laat het eerst herkennen (OCR).",
  "error.document_empty": "Dit document is leeg.",
  "error.document_too_complex": "Dit document is te groot of te ingewikkeld om binnen de grenzen te lezen.",
  "error.service_unavailable": "Art28 is tijdelijk niet beschikbaar. Probeer het later opnieuw.",
  "error.internal_error": "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
  "error.network_error": "Er is geen verbinding met Art28. Controleer uw internetverbinding en probeer het opnieuw.",
  "error.invalid_response": "Art28 gaf een onverwacht antwoord. Probeer het later opnieuw.",
};

/** Every key of the interface texts. */
export const nl = { ...coreNl, ...registerNl, ...registerToolsNl, ...authoringNl };

export type MessageKey = keyof typeof nl;

/** A complete set of interface texts for one locale. */
export type Messages = Record<MessageKey, string>;

const coreEn: Record<keyof typeof coreNl, string> = {
  "app.name": "Art28",
  "app.footer": "Art28 — open source",
  "app.loading": "Loading…",
  "app.retry": "Try again",
  "pagination.previous": "Previous page",
  "pagination.next": "Next page",
  "pagination.position": "Page {page} of {pages}",

  "layout.skipToContent": "Skip to main content",
  "layout.mainNavigation": "Main navigation",
  "layout.overview": "Overview",
  "layout.dashboard": "Dashboard",
  "layout.register": "Register",
  "layout.counterparties": "Parties",
  "layout.notifications": "Notifications",
  "layout.currentOrganisation": "Organisation",
  "layout.loggedInAs": "Logged in as {name}",
  "layout.logout": "Log out",
  "layout.language": "Language",
  "layout.organisationSwitcher": "Switch organisation",
  "layout.organisationSwitcherSubmit": "Switch",
  "layout.check": "Check a processor agreement",
  "layout.roleAssessment": "Role assessment",
  "layout.login": "Log in",

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
  "home.columnRole": "Role",
  "home.roleNotAssessed": "Not assessed",
  "home.assessRole": "Assess role",
  "home.assessRoleFor": "Assess role of {name}",
  "home.resultCount.one": "1 counterparty found.",
  "home.resultCount.other": "{count} counterparties found.",
  "home.resultCountFor.one": "1 counterparty found for ‘{query}’.",
  "home.resultCountFor.other": "{count} counterparties found for ‘{query}’.",
  "home.loading": "Loading counterparties…",
  "home.empty": "No counterparties have been recorded yet.",
  "home.noResults": "No counterparties found for ‘{query}’. Check the spelling or try another word.",
  "home.unknownValue": "Unknown",
  "home.loadFailed": "The counterparties could not be loaded.",
  "home.checkPrompt": "Want to go through a single agreement quickly?",
  "home.checkLink": "Check a processor agreement against Article 28 GDPR",

  "organisation.loadFailed": "The organisation could not be loaded.",

  "check.title": "Check a processor agreement",
  "check.intro":
    "See for each element of Article 28 GDPR whether the agreement contains it, lacks it or contradicts the GDPR, with the sentence that shows it. You do not need an account.",
  "check.privacy": "Your document is not stored: it is read, checked and then forgotten.",
  "check.fileLabel": "Document",
  "check.fileDescription": "PDF, Word (.docx), text (.txt), Markdown (.md, .mdx) or HTML, at most 20 MB.",
  "check.dropHint": "You can also drag the file into this box.",
  "check.dropActive": "Release the file to choose it.",
  "check.chosenFile": "Chosen: {name} ({size})",
  "check.languageLegend": "Language of the document",
  "check.languageDescription":
    "Art28 usually recognises the language itself. The explanations in the result are in the language of the document.",
  "check.languageAuto": "Recognise automatically",
  "check.submit": "Check",
  "check.cancel": "Stop",
  "check.fileMissing": "Choose a document to check.",
  "check.fileType":
    "Art28 cannot check this kind of file. Choose a PDF, a Word file (.docx), or a text, Markdown or HTML file.",
  "check.fileTooLarge":
    "This file is larger than 20 MB, so it is not sent. Choose a smaller file, for example the agreement without its annexes.",
  "check.fileEmpty": "This file is empty. Choose the file that contains the agreement.",
  "check.fileMultiple": "Drag one file at a time into the box.",
  "check.uploading": "Sending the document…",
  "check.uploadProgressLabel": "Upload progress",
  "check.uploadProgress": "{percent}% sent",
  "check.checking": "Checking…",
  "check.checkingLabel": "Check progress",
  "check.done": "The check is done.",
  "check.cancelled": "The check was stopped.",
  "check.failedTitle": "The check did not succeed",
  "check.failedFile": "File: {name}",
  "check.failedHint": "Choose another file or try again.",
  "check.error.payload_too_large": "This file is too large to check. The limit is 20 MB.",
  "check.error.unsupported_media_type":
    "Art28 cannot check this kind of file. Use a PDF, a Word file (.docx), or a text, Markdown or HTML file. An old Word file (.doc) can be saved as .docx in Word.",
  "check.error.validation_failed": "Art28 did not receive a document. Choose the file again and retry.",
  "check.error.rate_limited": "Many documents were checked in a short time. Wait a minute and then try again.",

  "check.resultTitle": "Check result",
  "check.resultPageTitle": "Check result: {name}",
  "check.printSource": "Art28 check report: a processor agreement checked against Article 28 GDPR.",
  "check.notAgreementTitle": "This document does not appear to be a processor agreement",
  "check.notAgreementBody":
    "That is why no element has been assessed as present. Check the processor agreement itself, or the annex that governs the processing.",
  "check.verdictCompliant": "Meets Article 28 GDPR",
  "check.verdictNotCompliant": "Does not meet Article 28 GDPR",
  "check.verdictPresent": "{present} of {total} mandatory elements present.",
  "check.verdictConflicts.one": "1 element conflicts with the GDPR.",
  "check.verdictConflicts.other": "{count} elements conflict with the GDPR.",
  "check.verdictMissing.one": "1 mandatory element is missing.",
  "check.verdictMissing.other": "{count} mandatory elements are missing.",
  "check.verdictNoConflicts": "Nothing was found that conflicts with the GDPR.",
  "check.disclaimer": "This check is automated and supports your judgement; it does not replace legal advice.",
  "check.factDocument": "Document",
  "check.factCheckedAt": "Checked on",
  "check.factLanguage": "Language of the document",
  "check.factAgreement": "Processor agreement",
  "check.languageDetected": "{language}, recognised automatically",
  "check.languageChosen": "{language}, chosen by you",
  "check.languageName.nl": "Dutch",
  "check.languageName.en": "English",
  "check.yes": "Yes",
  "check.no": "No",
  "check.findingsNavigation": "Go to the findings",
  "check.findingsTitle": "Findings per element",
  "check.groupTitle": "{title} ({count})",
  "check.group.conflict": "In conflict with the GDPR",
  "check.group.missing": "Mandatory but missing",
  "check.group.present": "Present",
  "check.group.advisory": "Advisable, not mandatory",
  "check.groupIntro.conflict": "These clauses go against the GDPR. Have them removed or changed.",
  "check.groupIntro.missing": "Article 28 GDPR demands these elements, but they were not found in the document.",
  "check.groupIntro.present": "These mandatory elements were found, with the sentence that shows it.",
  "check.groupIntro.advisory":
    "Article 28 does not demand these elements, but processor agreements usually settle them.",
  "check.status.conflict": "Conflicts with the GDPR",
  "check.status.missing": "Missing",
  "check.status.present": "Present",
  "check.notMandatory": "Not mandatory",
  "check.legalBasis": "Legal basis: {basis}",
  "check.conflictClause": "Conflicting clause: {title}",
  "check.evidence": "Where it says so",
  "check.evidenceAlso": "Also found",
  "check.showInDocument": "Show in the document text",
  "check.print": "Print or save as PDF",
  "check.printDocumentText": "Include the document text when printing",
  "check.again": "Check another",
  "check.documentTitle": "Document text",
  "check.documentIntro":
    "The text as Art28 read it from the document. Sentences that support a finding are highlighted; conflicting clauses are highlighted in red and start with ‘Conflict’.",
  "check.markConflict": "Conflict",
  "check.backToFinding": "Finding:",

  "role.title": "Role assessment",
  "role.titleFor": "Role assessment: {name}",
  "role.intro":
    "Is a party your processor, and which agreement do you need? Answer a few questions about one party and one processing activity. Questions that no longer matter for the outcome are skipped.",
  "role.introAnonymous":
    "You do not need an account. Your answers are only kept in the address of this page and are not stored.",
  "role.introCounterparty": "When you are done, you record the outcome for this party in the register.",
  "role.questionNumber": "Question {number}",
  "role.questionHeading": "Question {number}: {title}",
  "role.helpSummary": "About this question",
  "role.helpMeaning": "What does it mean?",
  "role.helpExample": "Example",
  "role.helpReferences": "Sources",
  "role.chooseAnswer": "Choose an answer.",
  "role.next": "Next",
  "role.back": "Back",
  "role.toResult": "To the outcome",
  "role.resultTitle": "Outcome of the role assessment",
  "role.resultTitleFor": "Outcome of the role assessment: {name}",
  "role.outcomeIntro": "The party is",
  "role.agreementIntro": "Needed",
  "role.agreementUndetermined": "That depends on the questions still open.",
  "role.explanationTitle": "Why",
  "role.ruleLabel": "Deciding rule",
  "role.rule": "Rule {number} of decision model {version}",
  "role.ruleUndetermined": "No rule decides yet (decision model {version})",
  "role.referencesTitle": "Legal basis and sources",
  "role.nextStepsTitle": "What next?",
  "role.processorLink": "Check a processor agreement",
  "role.processorLinkIntro":
    "Do you already have a processor agreement with this party? See whether it meets Article 28 GDPR:",
  "role.jointTitle": "Arrangement between joint controllers",
  "role.jointBody":
    "With joint responsibility you do not conclude a processor agreement. Instead, you and the party set down together who fulfils which GDPR obligation: who informs the people concerned, who handles requests for access or erasure and who reports data breaches. The essence of that arrangement must be available to the people concerned (Article 26 GDPR).",
  "role.noAgreementTitle": "No processor agreement needed",
  "role.noAgreementBody":
    "This processing does not need a processor agreement. Do not conclude one either: a processor agreement with a party that is not a processor gives a wrong picture of who is responsible.",
  "role.openQuestionsTitle": "Still to answer",
  "role.openQuestionsIntro": "The outcome still depends on these questions. Find out the answer and fill it in:",
  "role.answerQuestion": "Answer: {title}",
  "role.possibleOutcomes": "Possible outcomes: {outcomes}.",
  "role.answersTitle": "Your answers",
  "role.answersIntro": "Questions that did not matter for the outcome were not asked.",
  "role.change": "Change",
  "role.changeAnswer": "Change the answer to: {title}",
  "role.print": "Print or save as PDF",
  "role.startOver": "Start again",
  "role.disclaimer":
    "This outcome supports your own judgement and does not replace legal advice. The facts decide, not what a contract calls the party.",
  "role.printSource": "Art28 role assessment: is the party a processor, and which agreement is needed?",
  "role.printedAt": "Assessed on {date}",
  "role.notStored": "This outcome has not been recorded yet.",
  "role.store": "Record for {name}",
  "role.storing": "Recording…",
  "role.storeFailed": "The role assessment could not be recorded.",
  "role.stored": "Recorded by {name} on {date}.",
  "role.storedUnknownPerson": "Recorded on {date}.",
  "role.storedLoadFailed": "The recorded role assessment could not be loaded.",
  "role.storedNotFound": "This role assessment does not exist (any more).",
  "role.assessAgain": "Assess again",
  "role.backToOverview": "Back to the overview",
  "role.counterpartyLoadFailed": "The counterparty could not be loaded.",
  "role.noPermission":
    "You may not record the role of counterparties in this organisation. You can still answer the questions on the public page.",
  "role.loading": "Loading…",

  "notFound.title": "Page not found",
  "notFound.body": "This page does not exist (any more). Check the address or go to the start page.",
  "notFound.home": "Go to the start page",

  "session.loadFailed": "Art28 could not check whether you are logged in.",
  "session.noMemberships":
    "Your account is not linked to an organisation yet. Ask the administrator of your organisation to add you.",

  "error.malformed_request": "Art28 could not read the request. Reload the page and try again.",
  "error.validation_failed": "Not everything has been filled in correctly. Check the marked fields.",
  "error.unauthenticated": "You are not logged in (any more). Please log in again.",
  "error.invalid_credentials": "Email address or password is incorrect.",
  "error.csrf_invalid": "Your session has expired or the page was open for too long. Please try again.",
  "error.forbidden": "You do not have access to this information.",
  "error.not_found": "This information does not exist (any more).",
  "error.conflict": "Someone else changed this information in the meantime. Reload the page.",
  "error.transition_not_allowed": "This status change is not allowed. Choose one of the statuses offered.",
  "error.still_referenced":
    "This cannot be deleted because other records still refer to it. Remove or move those first.",
  "error.rate_limited": "Too many attempts in a row. Wait a few minutes and then try again.",
  "error.payload_too_large": "What you are sending is too large.",
  "error.unsupported_media_type": "Art28 cannot process this kind of data.",
  "error.document_unreadable":
    "This document cannot be read. Is it damaged, or not a PDF, DOCX, text, Markdown or HTML file?",
  "error.document_encrypted": "This document is protected with a password. Save it without protection and try again.",
  "error.document_without_text":
    "This document contains no text, only images (a scan, for example). Use a version with text, or run text recognition (OCR) first.",
  "error.document_empty": "This document is empty.",
  "error.document_too_complex": "This document is too large or too complex to read within the limits.",
  "error.service_unavailable": "Art28 is temporarily unavailable. Please try again later.",
  "error.internal_error": "Something went wrong on our side. Please try again later.",
  "error.network_error": "There is no connection to Art28. Check your internet connection and try again.",
  "error.invalid_response": "Art28 gave an unexpected answer. Please try again later.",
};

/** Interface texts per locale. */
export const en: Messages = { ...coreEn, ...registerEn, ...registerToolsEn, ...authoringEn };

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
