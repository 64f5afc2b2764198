import {
  registerExportSchemaVersion,
  type ProcessingRegister,
  type RecipientKind,
  type RecipientsList,
  type RegisterExport,
} from "@art28/contract";
import {
  certificationKindLabels,
  countryName,
  isInEea,
  type BilingualText,
  type ProcessingTransfer,
  type TransferSafeguard,
} from "@art28/domain";
import { perspectiveOf, type Perspective } from "./relationship-perspective.ts";

/** The safeguards of Chapter V GDPR, as people read them. */
export const transferSafeguardLabels: Record<TransferSafeguard, BilingualText> = {
  adequacy_decision: { nl: "Adequaatheidsbesluit (art. 45 AVG)", en: "Adequacy decision (Art. 45 GDPR)" },
  standard_contractual_clauses: {
    nl: "Modelcontractbepalingen (art. 46 lid 2 sub c AVG)",
    en: "Standard contractual clauses (Art. 46(2)(c) GDPR)",
  },
  binding_corporate_rules: {
    nl: "Bindende bedrijfsvoorschriften (art. 47 AVG)",
    en: "Binding corporate rules (Art. 47 GDPR)",
  },
  code_of_conduct_or_certification: {
    nl: "Gedragscode of certificering (art. 46 lid 2 sub e of f AVG)",
    en: "Code of conduct or certification (Art. 46(2)(e) or (f) GDPR)",
  },
  derogation_art49: {
    nl: "Uitzondering voor een specifieke situatie (art. 49 AVG)",
    en: "Derogation for a specific situation (Art. 49 GDPR)",
  },
  none: { nl: "Geen waarborg vastgelegd", en: "No safeguard recorded" },
};

export const recipientKindLabels: Record<RecipientKind, BilingualText> = {
  processor: { nl: "Verwerker", en: "Processor" },
  sub_processor: { nl: "Subverwerker", en: "Sub-processor" },
  joint_controller: { nl: "Gezamenlijk verwerkingsverantwoordelijke", en: "Joint controller" },
  independent_controller: { nl: "Zelfstandig verwerkingsverantwoordelijke", en: "Independent controller" },
  undetermined: { nl: "Rol nog niet bepaald", en: "Role not yet determined" },
};

function presentTransfers(transfers: readonly ProcessingTransfer[]) {
  return transfers.map((transfer) => ({
    country: transfer.country,
    countryName: { nl: countryName(transfer.country, "nl"), en: countryName(transfer.country, "en") },
    safeguard: transfer.safeguard,
    safeguardLabel: transferSafeguardLabels[transfer.safeguard],
  }));
}

function indexBy<Row extends { relationshipId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) grouped.set(row.relationshipId, [...(grouped.get(row.relationshipId) ?? []), row]);
  return grouped;
}

/** The perspective of every relationship of the export. */
function perspectives(document: RegisterExport): Map<string, Perspective> {
  return new Map(
    document.relationships.map((relationship) => [
      relationship.id,
      perspectiveOf(document.organisation.kind, relationship.role),
    ]),
  );
}

const agreementPreference = ["active", "signed", "negotiating", "draft", "ended"];

/**
 * The processor's record of processing activities (Art. 30(2) GDPR), generated from the
 * register: one entry per relationship in which the organisation processes on behalf of the
 * counterparty (see `perspectiveOf`). Per entry the controller with its contact, the categories
 * of processing (subject matter, nature, purposes, data and data subjects), the transfers with
 * their safeguards, the sub-processors, and the security measures and certifications as the
 * general description of Art. 32(1).
 */
export function buildProcessingRegister(document: RegisterExport): ProcessingRegister {
  const perspective = perspectives(document);
  const counterparties = new Map(document.counterparties.map((counterparty) => [counterparty.id, counterparty]));
  const specifications = new Map(document.processingSpecifications.map((row) => [row.relationshipId, row]));
  const measures = indexBy(document.securityMeasures);
  const certifications = indexBy(document.certifications);
  const subProcessors = indexBy(document.subProcessors);
  const agreements = indexBy(document.agreements);

  const entries = document.relationships
    .filter((relationship) => perspective.get(relationship.id) === "organisation_processes")
    .map((relationship) => {
      const counterparty = counterparties.get(relationship.counterpartyId);
      const specification = specifications.get(relationship.id);
      const agreement = [...(agreements.get(relationship.id) ?? [])]
        .filter((candidate) => candidate.kind !== "none_needed")
        .sort((one, other) => agreementPreference.indexOf(one.status) - agreementPreference.indexOf(other.status))[0];
      return {
        relationshipId: relationship.id,
        activity: relationship.name,
        controller: {
          name: counterparty?.name ?? relationship.counterpartyName,
          kvkNumber: counterparty?.kvkNumber ?? null,
          country: counterparty?.country ?? "",
          contactName: counterparty?.contactName ?? null,
          contactEmail: counterparty?.contactEmail ?? null,
        },
        subjectMatter: specification?.subjectMatter ?? "",
        nature: specification?.nature ?? "",
        purposes: specification?.purposes ?? [],
        dataCategories: specification?.dataCategories ?? [],
        specialCategories: specification?.specialCategories ?? [],
        processesBsn: specification?.processesBsn ?? false,
        dataSubjectCategories: specification?.dataSubjectCategories ?? [],
        storageCountries: specification?.storageCountries ?? [],
        processingCountries: specification?.processingCountries ?? [],
        transfers: presentTransfers(specification?.transfers ?? []),
        subProcessors: (subProcessors.get(relationship.id) ?? []).map((sub) => ({
          name: sub.name,
          service: sub.service,
          country: sub.country,
          authorisationStatus: sub.authorisationStatus,
        })),
        securityMeasures: (measures.get(relationship.id) ?? []).map((measure) =>
          measure.reference ? `${measure.description} (${measure.reference})` : measure.description,
        ),
        certifications: (certifications.get(relationship.id) ?? []).map((certification) => ({
          kind: certificationKindLabels[certification.kind].en,
          name: certification.name,
          holder: certification.holder,
          expiresOn: certification.expiresOn,
        })),
        agreement: agreement ? { kind: agreement.kind, status: agreement.status, signedOn: agreement.signedOn } : null,
      };
    })
    .sort(
      (one, other) =>
        one.controller.name.localeCompare(other.controller.name, "nl") ||
        one.activity.localeCompare(other.activity, "nl"),
    );

  return {
    schemaVersion: registerExportSchemaVersion,
    generatedAt: document.generatedAt,
    processor: document.organisation,
    scope:
      document.organisation.kind === "processor"
        ? {
            nl: "Alle relaties waarin de organisatie persoonsgegevens verwerkt in opdracht van de wederpartij: de relaties zonder vastgestelde rol van de wederpartij. Relaties waarin de wederpartij zelf verwerker, gezamenlijk of zelfstandig verwerkingsverantwoordelijke is, of intern of niet van toepassing, horen er niet bij.",
            en: "Every relationship in which the organisation processes personal data on behalf of the counterparty: the relationships without a decided role of the counterparty. Relationships in which the counterparty is itself a processor, a joint or independent controller, or internal or not applicable are left out.",
          }
        : {
            nl: "Deze organisatie staat geregistreerd als verwerkingsverantwoordelijke, niet als verwerker. Het register van art. 30 lid 2 AVG is daarom leeg; gebruik de lijst van ontvangers.",
            en: "This organisation is registered as a controller, not as a processor, so the register of Art. 30(2) GDPR is empty; use the list of recipients instead.",
          },
    entries,
  };
}

const recipientKindOf: Partial<Record<Perspective, RecipientKind>> = {
  counterparty_processes: "processor",
  joint_controllers: "joint_controller",
  counterparty_independent_controller: "independent_controller",
  undetermined: "undetermined",
};

/**
 * The controller's list of recipients (Art. 30(1)(d) GDPR): per processing activity (the
 * relationship's name; relationships with the same name are one activity), every counterparty
 * that receives personal data — processors, joint and independent controllers, and those whose
 * role is still open — and the sub-processors its processors engage, with the countries where
 * the data are stored and processed and the transfers outside the EEA.
 */
export function buildRecipientsList(document: RegisterExport): RecipientsList {
  const perspective = perspectives(document);
  const counterparties = new Map(document.counterparties.map((counterparty) => [counterparty.id, counterparty]));
  const specifications = new Map(document.processingSpecifications.map((row) => [row.relationshipId, row]));
  const subProcessors = indexBy(document.subProcessors);
  const activities = new Map<string, RecipientsList["activities"][number]>();

  for (const relationship of document.relationships) {
    const kind = recipientKindOf[perspective.get(relationship.id)!];
    if (!kind) continue;
    const counterparty = counterparties.get(relationship.counterpartyId);
    const specification = specifications.get(relationship.id);
    const storageCountries = specification?.storageCountries ?? [];
    const processingCountries = specification?.processingCountries ?? [];
    const transfers = presentTransfers(specification?.transfers ?? []);
    const country = counterparty?.country ?? "";
    const key = relationship.name.trim().toLowerCase();
    const activity = activities.get(key) ?? { activity: relationship.name, recipients: [] };
    activities.set(key, activity);
    activity.recipients.push({
      relationshipId: relationship.id,
      name: counterparty?.name ?? relationship.counterpartyName,
      kind,
      kindLabel: recipientKindLabels[kind],
      via: null,
      country,
      storageCountries,
      processingCountries,
      outsideEea:
        [country, ...storageCountries, ...processingCountries].some((code) => code !== "" && !isInEea(code)) ||
        transfers.length > 0,
      transfers,
    });
    if (kind !== "processor") continue;
    for (const sub of subProcessors.get(relationship.id) ?? []) {
      activity.recipients.push({
        relationshipId: relationship.id,
        name: sub.name,
        kind: "sub_processor",
        kindLabel: recipientKindLabels.sub_processor,
        via: counterparty?.name ?? relationship.counterpartyName,
        country: sub.country,
        storageCountries: [],
        processingCountries: [],
        outsideEea: !isInEea(sub.country),
        transfers: [],
      });
    }
  }

  return {
    schemaVersion: registerExportSchemaVersion,
    generatedAt: document.generatedAt,
    controller: document.organisation,
    scope: {
      nl: "Per verwerking de wederpartijen die persoonsgegevens ontvangen: verwerkers en hun subverwerkers, gezamenlijk en zelfstandig verwerkingsverantwoordelijken, en wederpartijen waarvan de rol nog niet is bepaald. Interne relaties en relaties zonder persoonsgegevens staan er niet in.",
      en: "Per processing activity the counterparties that receive personal data: processors and their sub-processors, joint and independent controllers, and counterparties whose role is not yet determined. Internal relationships and relationships without personal data are left out.",
    },
    activities: [...activities.values()].sort((one, other) => one.activity.localeCompare(other.activity, "nl")),
  };
}
