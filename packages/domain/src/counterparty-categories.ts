/**
 * Kinds of service a Dutch municipality buys from outside parties.
 *
 * Counterparties are grouped by what they do for the municipality, because
 * that largely decides which personal data they touch and how much scrutiny
 * the processor agreement needs. The keys are stable snake_case identifiers:
 * they are stored in the database and used in the API, so never rename one;
 * add a new key instead. The order here is the order shown in pick lists,
 * with `other` last as the catch-all.
 */
export const counterpartyCategories = [
  "payroll",
  "hr_recruitment",
  "occupational_health",
  "pension_fund",
  "cloud_hosting",
  "website_hosting",
  "ict_support",
  "document_management",
  "archive_storage",
  "civil_affairs_software",
  "taxation_software",
  "social_domain_software",
  "permit_software",
  "gis_services",
  "parking_app",
  "payment_services",
  "video_meetings",
  "e_mail_marketing",
  "mailing_house",
  "printing",
  "call_centre",
  "survey_research",
  "translation",
  "accountant",
  "lawyer",
  "bailiff",
  "debt_counselling",
  "youth_care_provider",
  "security_guarding",
  "cleaning",
  "catering",
  "shredding",
  "waste_collection",
  "other",
] as const;

/** One of the keys in {@link counterpartyCategories}; the type of a stored category value. */
export type CounterpartyCategory = (typeof counterpartyCategories)[number];

/**
 * Short display labels per category, in Dutch (the working language of the
 * municipality) and English. Typed as a full record so that adding a key to
 * {@link counterpartyCategories} without a label fails to compile.
 */
export const counterpartyCategoryLabels: Record<CounterpartyCategory, { nl: string; en: string }> = {
  payroll: { nl: "Salarisadministratie", en: "Payroll" },
  hr_recruitment: { nl: "Werving en selectie", en: "Recruitment" },
  occupational_health: { nl: "Arbodienst", en: "Occupational health service" },
  pension_fund: { nl: "Pensioenfonds", en: "Pension fund" },
  cloud_hosting: { nl: "Cloudhosting", en: "Cloud hosting" },
  website_hosting: { nl: "Websitehosting", en: "Website hosting" },
  ict_support: { nl: "ICT-beheer en -ondersteuning", en: "IT support and management" },
  document_management: { nl: "Zaaksysteem en documentbeheer", en: "Case and document management" },
  archive_storage: { nl: "Archiefopslag", en: "Archive storage" },
  civil_affairs_software: { nl: "Burgerzakensoftware (BRP)", en: "Civil registry software (BRP)" },
  taxation_software: { nl: "Belastingsoftware (WOZ)", en: "Municipal tax software (WOZ)" },
  social_domain_software: { nl: "Software sociaal domein", en: "Social services software" },
  permit_software: { nl: "Vergunningensoftware", en: "Permit software" },
  gis_services: { nl: "Geo-informatie", en: "Geographic information services" },
  parking_app: { nl: "Parkeerapp", en: "Parking app" },
  payment_services: { nl: "Betaaldienstverlening", en: "Payment services" },
  video_meetings: { nl: "Videovergaderen", en: "Video meetings" },
  e_mail_marketing: { nl: "E-mailnieuwsbrieven", en: "E-mail newsletters" },
  mailing_house: { nl: "Verzendhuis", en: "Mailing house" },
  printing: { nl: "Drukwerk", en: "Printing" },
  call_centre: { nl: "Klantcontactcentrum", en: "Call centre" },
  survey_research: { nl: "Onderzoek en enquêtes", en: "Surveys and research" },
  translation: { nl: "Vertaaldiensten", en: "Translation" },
  accountant: { nl: "Accountant", en: "Accountant" },
  lawyer: { nl: "Advocatenkantoor", en: "Law firm" },
  bailiff: { nl: "Gerechtsdeurwaarder", en: "Bailiff" },
  debt_counselling: { nl: "Schuldhulpverlening", en: "Debt counselling" },
  youth_care_provider: { nl: "Jeugdzorgaanbieder", en: "Youth care provider" },
  security_guarding: { nl: "Beveiliging", en: "Security guarding" },
  cleaning: { nl: "Schoonmaak", en: "Cleaning" },
  catering: { nl: "Catering", en: "Catering" },
  shredding: { nl: "Vernietiging van papier en gegevensdragers", en: "Document shredding" },
  waste_collection: { nl: "Afvalinzameling", en: "Waste collection" },
  other: { nl: "Overig", en: "Other" },
};

const categorySet: ReadonlySet<string> = new Set(counterpartyCategories);

/**
 * Narrows untrusted input (a query parameter, a CSV cell, a database row) to a
 * known category, so callers can reject unknown values instead of casting.
 */
export function isCounterpartyCategory(value: string): value is CounterpartyCategory {
  return categorySet.has(value);
}
