import type { NotificationContent, ReminderKind } from "@art28/contract";
import {
  certificationKindLabels,
  registerTimeZone,
  type AgreementKind,
  type CalendarDate,
  type CertificationKind,
} from "@art28/domain";

type Language = "nl" | "en";

/** What a reminder's text names: the parties, the record and its deadline. */
export interface ReminderTextDetails {
  counterpartyName: string;
  relationshipName: string;
  /** The deadline as a calendar date (dated kinds). */
  date?: CalendarDate;
  /** The deadline as a moment (the breach notification deadline). */
  moment?: Date;
  /** Whole days from today to `date`; for reminders ahead of a date. */
  daysLeft?: number;
  agreementKind?: AgreementKind;
  certification?: { kind: CertificationKind; holder: string };
}

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** A calendar date in words: "31 maart 2027" / "31 March 2027". The date is a day, so no time zone can shift it. */
export function formatCalendarDate(date: CalendarDate, language: Language): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locales[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year!, month! - 1, day!, 12)));
}

/** A moment on the Dutch wall clock: "27 oktober 2025 om 09:00" / "27 October 2025 at 09:00 (Amsterdam time)". */
export function formatMoment(moment: Date, language: Language, timeZone: string = registerTimeZone): string {
  const date = new Intl.DateTimeFormat(locales[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(moment);
  const time = new Intl.DateTimeFormat(locales[language], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(moment);
  return language === "nl" ? `${date} om ${time}` : `${date} at ${time} (Amsterdam time)`;
}

function inDays(days: number, language: Language): string {
  if (language === "nl") return days === 0 ? "vandaag" : days === 1 ? "morgen" : `over ${days} dagen`;
  return days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}

const agreementNames: Record<AgreementKind, Record<Language, string>> = {
  processor_agreement: { nl: "verwerkersovereenkomst", en: "processor agreement" },
  art26_arrangement: { nl: "regeling gezamenlijke verantwoordelijkheid", en: "joint-controller arrangement" },
  none_needed: { nl: "vastlegging 'geen overeenkomst nodig'", en: "record 'no agreement needed'" },
};

function certificateName(kind: CertificationKind, language: Language): string {
  if (kind === "other") return language === "nl" ? "certificering of verklaring" : "certification or statement";
  // A SOC 2 attestation is a report, not a certificate.
  if (kind === "soc_2") return language === "nl" ? "SOC 2-rapport" : "SOC 2 report";
  const label = certificationKindLabels[kind][language];
  return language === "nl" ? `certificaat ${label}` : `${label} certificate`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The values a text needs, already formatted for one language. */
interface Words {
  counterparty: string;
  relationship: string;
  date: string;
  moment: string;
  days: string;
  agreement: string;
  certificate: string;
}

type Message = { subject: string; body: string };
type Template = Record<Language, (words: Words) => Message>;

const templates: Record<ReminderKind, Template> = {
  agreement_expiring: {
    nl: (w) => ({
      subject: `${capitalised(w.agreement)} met ${w.counterparty} loopt af op ${w.date}`,
      body:
        `De ${w.agreement} met ${w.counterparty} voor '${w.relationship}' loopt af op ${w.date} (${w.days}). ` +
        "Regel op tijd een verlenging of een nieuwe overeenkomst, zodat de verwerking niet zonder overeenkomst doorgaat.",
    }),
    en: (w) => ({
      subject: `${capitalised(w.agreement)} with ${w.counterparty} ends on ${w.date}`,
      body:
        `The ${w.agreement} with ${w.counterparty} for '${w.relationship}' ends on ${w.date} (${w.days}). ` +
        "Arrange a renewal or a new agreement in time, so that the processing does not continue without one.",
    }),
  },
  agreement_expired: {
    nl: (w) => ({
      subject: `${capitalised(w.agreement)} met ${w.counterparty} is afgelopen op ${w.date}`,
      body:
        `De ${w.agreement} met ${w.counterparty} voor '${w.relationship}' is afgelopen op ${w.date}, ` +
        "maar staat in het register nog als ondertekend of van kracht. Een afgelopen overeenkomst telt niet meer. " +
        "Leg een nieuwe overeenkomst vast, of zet deze op beëindigd als de verwerking is gestopt.",
    }),
    en: (w) => ({
      subject: `${capitalised(w.agreement)} with ${w.counterparty} ended on ${w.date}`,
      body:
        `The ${w.agreement} with ${w.counterparty} for '${w.relationship}' ended on ${w.date}, ` +
        "but the register still shows it as signed or active. An agreement past its end date no longer counts. " +
        "Record a new agreement, or mark this one ended if the processing has stopped.",
    }),
  },
  review_due: {
    nl: (w) => ({
      subject: `Herziening van de ${w.agreement} met ${w.counterparty} op ${w.date}`,
      body:
        `De ${w.agreement} met ${w.counterparty} voor '${w.relationship}' moet op ${w.date} worden herzien (${w.days}). ` +
        "Controleer of de afspraken nog passen bij de verwerking en de beveiliging.",
    }),
    en: (w) => ({
      subject: `Review of the ${w.agreement} with ${w.counterparty} on ${w.date}`,
      body:
        `The ${w.agreement} with ${w.counterparty} for '${w.relationship}' is due for review on ${w.date} (${w.days}). ` +
        "Check that its terms still fit the processing and the security measures.",
    }),
  },
  review_overdue: {
    nl: (w) => ({
      subject: `Herziening van de ${w.agreement} met ${w.counterparty} is te laat`,
      body:
        `De ${w.agreement} met ${w.counterparty} voor '${w.relationship}' had op ${w.date} herzien moeten worden. ` +
        "Plan de herziening, of leg een nieuwe herzieningsdatum vast.",
    }),
    en: (w) => ({
      subject: `Review of the ${w.agreement} with ${w.counterparty} is overdue`,
      body:
        `The ${w.agreement} with ${w.counterparty} for '${w.relationship}' was due for review on ${w.date}. ` +
        "Schedule the review, or record a new review date.",
    }),
  },
  audit_due: {
    nl: (w) => ({
      subject: `Audit bij ${w.counterparty} gepland op ${w.date}`,
      body:
        `De audit bij ${w.counterparty} voor '${w.relationship}' staat gepland op ${w.date} (${w.days}). ` +
        "Bereid de audit voor en leg de uitkomst vast in het register.",
    }),
    en: (w) => ({
      subject: `Audit of ${w.counterparty} planned on ${w.date}`,
      body:
        `The audit of ${w.counterparty} for '${w.relationship}' is planned on ${w.date} (${w.days}). ` +
        "Prepare it and record the outcome in the register.",
    }),
  },
  audit_overdue: {
    nl: (w) => ({
      subject: `Audit bij ${w.counterparty} is niet uitgevoerd`,
      body:
        `De audit bij ${w.counterparty} voor '${w.relationship}' stond gepland op ${w.date}, ` +
        "maar is niet als uitgevoerd vastgelegd. Voer de audit uit of plan een nieuwe datum.",
    }),
    en: (w) => ({
      subject: `Audit of ${w.counterparty} not done`,
      body:
        `The audit of ${w.counterparty} for '${w.relationship}' was planned on ${w.date}, ` +
        "but is not recorded as done. Carry it out or plan a new date.",
    }),
  },
  audit_follow_up_due: {
    nl: (w) => ({
      subject: `Opvolging van de audit bij ${w.counterparty} uiterlijk ${w.date}`,
      body:
        `De bevindingen van de audit bij ${w.counterparty} voor '${w.relationship}' moeten uiterlijk ${w.date} ` +
        `zijn opgevolgd (${w.days}). Leg de opvolging vast in het register.`,
    }),
    en: (w) => ({
      subject: `Audit follow-up for ${w.counterparty} due on ${w.date}`,
      body:
        `The findings of the audit of ${w.counterparty} for '${w.relationship}' must be followed up by ${w.date} ` +
        `(${w.days}). Record the follow-up in the register.`,
    }),
  },
  audit_follow_up_overdue: {
    nl: (w) => ({
      subject: `Opvolging van de audit bij ${w.counterparty} is te laat`,
      body:
        `De bevindingen van de audit bij ${w.counterparty} voor '${w.relationship}' hadden uiterlijk ${w.date} ` +
        `opgevolgd moeten zijn. Vraag ${w.counterparty} naar de stand van zaken en leg de opvolging vast.`,
    }),
    en: (w) => ({
      subject: `Audit follow-up for ${w.counterparty} is overdue`,
      body:
        `The findings of the audit of ${w.counterparty} for '${w.relationship}' were to be followed up by ${w.date}. ` +
        `Ask ${w.counterparty} where things stand and record the follow-up.`,
    }),
  },
  certification_expiring: {
    nl: (w) => ({
      subject: `${capitalised(w.certificate)} verloopt op ${w.date}`,
      body:
        `${capitalised(w.certificate)}, vastgelegd bij '${w.relationship}' met ${w.counterparty}, ` +
        `verloopt op ${w.date} (${w.days}). Vraag op tijd om het nieuwe certificaat of rapport.`,
    }),
    en: (w) => ({
      subject: `${capitalised(w.certificate)} expires on ${w.date}`,
      body:
        `${capitalised(w.certificate)}, recorded for '${w.relationship}' with ${w.counterparty}, ` +
        `expires on ${w.date} (${w.days}). Ask for the new certificate or report in time.`,
    }),
  },
  certification_expired: {
    nl: (w) => ({
      subject: `${capitalised(w.certificate)} is verlopen`,
      body:
        `${capitalised(w.certificate)}, vastgelegd bij '${w.relationship}' met ${w.counterparty}, ` +
        `is verlopen op ${w.date}. Er is geen nieuwer certificaat van dezelfde soort vastgelegd. ` +
        "Vraag om het nieuwe certificaat of rapport, of beoordeel de beveiliging opnieuw.",
    }),
    en: (w) => ({
      subject: `${capitalised(w.certificate)} has expired`,
      body:
        `${capitalised(w.certificate)}, recorded for '${w.relationship}' with ${w.counterparty}, ` +
        `expired on ${w.date}, and no newer certificate of the same kind is recorded. ` +
        "Ask for the new certificate or report, or assess the security again.",
    }),
  },
  breach_deadline_started: {
    nl: (w) => ({
      subject: `Datalek bij ${w.counterparty}: meld uiterlijk ${w.moment}`,
      body:
        `Er is een datalek vastgelegd bij '${w.relationship}' met ${w.counterparty}. ` +
        "U moet een datalek binnen 72 uur nadat u het ontdekte melden bij de Autoriteit Persoonsgegevens: " +
        `uiterlijk ${w.moment}. Is melden niet nodig, leg dan vast waarom.`,
    }),
    en: (w) => ({
      subject: `Breach at ${w.counterparty}: notify by ${w.moment}`,
      body:
        `A personal data breach is recorded for '${w.relationship}' with ${w.counterparty}. ` +
        "It must be notified to the supervisory authority (Autoriteit Persoonsgegevens) within 72 hours of " +
        `becoming aware: by ${w.moment}. If notification is not required, record why.`,
    }),
  },
  breach_deadline_approaching: {
    nl: (w) => ({
      subject: `Nog 24 uur of minder: meld het datalek bij ${w.counterparty} uiterlijk ${w.moment}`,
      body:
        `De termijn om het datalek bij '${w.relationship}' met ${w.counterparty} te melden bij de ` +
        `Autoriteit Persoonsgegevens loopt af op ${w.moment}. Het datalek is nog niet als gemeld vastgelegd.`,
    }),
    en: (w) => ({
      subject: `24 hours or less: notify the breach at ${w.counterparty} by ${w.moment}`,
      body:
        `The deadline to notify the supervisory authority of the breach for '${w.relationship}' with ` +
        `${w.counterparty} ends at ${w.moment}. The breach is not yet recorded as notified.`,
    }),
  },
  breach_deadline_missed: {
    nl: (w) => ({
      subject: `Meldtermijn van het datalek bij ${w.counterparty} is verstreken`,
      body:
        `De termijn van 72 uur om het datalek bij '${w.relationship}' met ${w.counterparty} te melden is ` +
        `verstreken op ${w.moment}. Meld het datalek zo snel mogelijk alsnog en leg de reden van de vertraging ` +
        "vast (artikel 33, lid 1, AVG).",
    }),
    en: (w) => ({
      subject: `The deadline to notify the breach at ${w.counterparty} has passed`,
      body:
        `The 72-hour deadline to notify the breach for '${w.relationship}' with ${w.counterparty} passed at ` +
        `${w.moment}. Notify it as soon as possible and record the reasons for the delay (Art. 33(1) GDPR).`,
    }),
  },
};

/** Subject and body of a reminder in Dutch and English, with the names and the date filled in. */
export function reminderContent(kind: ReminderKind, details: ReminderTextDetails): NotificationContent {
  const wordsIn = (language: Language): Words => ({
    counterparty: details.counterpartyName,
    relationship: details.relationshipName,
    date: details.date ? formatCalendarDate(details.date, language) : "",
    moment: details.moment ? formatMoment(details.moment, language) : "",
    days: details.daysLeft === undefined ? "" : inDays(details.daysLeft, language),
    agreement: agreementNames[details.agreementKind ?? "processor_agreement"][language],
    certificate: details.certification
      ? `${certificateName(details.certification.kind, language)} ${language === "nl" ? "van" : "of"} ${details.certification.holder}`
      : "",
  });
  return { nl: templates[kind].nl(wordsIn("nl")), en: templates[kind].en(wordsIn("en")) };
}
