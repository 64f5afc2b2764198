import type { DpvExport, RegisterExport } from "@art28/contract";
import { certificationKindLabels, type TransferSafeguard } from "@art28/domain";
import { transferSafeguardLabels } from "./article-30-records.ts";
import { perspectiveOf } from "./relationship-perspective.ts";

/** Namespaces of the JSON-LD export: DPV 2.x, its GDPR and location extensions, Dublin Core. */
export const dpvContext = {
  dpv: "https://w3id.org/dpv#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  loc: "https://w3id.org/dpv/loc#",
  dcterms: "http://purl.org/dc/terms/",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

type Node = Record<string, unknown>;

const reference = (id: string) => ({ "@id": id });
const recordId = (id: string) => `urn:uuid:${id}`;
const country = (code: string) => reference(`loc:${code}`);
const date = (value: string) => ({ "@value": value, "@type": "xsd:date" });
const dateTime = (value: string) => ({ "@value": value, "@type": "xsd:dateTime" });

/**
 * The legal basis of a transfer in the GDPR extension of DPV. Where the register does not say
 * which point of the article applies (code of conduct or certification, the derogations of
 * Art. 49), the generic transfer basis with a label is given rather than a guess.
 */
function transferBasis(safeguard: TransferSafeguard): Node | null {
  switch (safeguard) {
    case "adequacy_decision":
      return reference("eu-gdpr:A45-3");
    case "standard_contractual_clauses":
      return reference("eu-gdpr:A46-2-c");
    case "binding_corporate_rules":
      return reference("eu-gdpr:A46-2-b");
    case "code_of_conduct_or_certification":
    case "derogation_art49":
      return { "@type": "dpv:DataTransferLegalBasis", "rdfs:label": transferSafeguardLabels[safeguard].en };
    case "none":
      return null;
  }
}

/** Leaves out empty values, so the graph only states what the register knows. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) =>
        value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/**
 * The register in the W3C Data Privacy Vocabulary (DPV 2.x) as JSON-LD: the organisation and
 * its counterparties as legal entities, and one `dpv:Process` per relationship with its data
 * controller and processors (as the relationship's role says), purposes, personal data, data
 * subjects, storage and processing locations, transfers with their legal basis, technical and
 * organisational measures, and the processor agreements as legal measures. The mapping is
 * documented in docs/import-export.md.
 */
export function buildDpvExport(document: RegisterExport): DpvExport {
  const organisationNode = recordId(document.organisation.id);
  const specifications = new Map(document.processingSpecifications.map((row) => [row.relationshipId, row]));
  const byRelationship = <Row extends { relationshipId: string }>(rows: readonly Row[]) => {
    const grouped = new Map<string, Row[]>();
    for (const row of rows) grouped.set(row.relationshipId, [...(grouped.get(row.relationshipId) ?? []), row]);
    return grouped;
  };
  const measures = byRelationship(document.securityMeasures);
  const certifications = byRelationship(document.certifications);
  const subProcessors = byRelationship(document.subProcessors);
  const agreements = byRelationship(document.agreements);

  const entities: Node[] = [
    compact({ "@id": organisationNode, "@type": "dpv:LegalEntity", "dpv:hasName": document.organisation.name }),
    ...document.counterparties.map((counterparty) =>
      compact({
        "@id": recordId(counterparty.id),
        "@type": "dpv:LegalEntity",
        "dpv:hasName": counterparty.name,
        "dcterms:identifier": counterparty.kvkNumber ? `KvK ${counterparty.kvkNumber}` : null,
        "dpv:hasContact": counterparty.contactEmail,
        "dpv:hasCountry": country(counterparty.country),
      }),
    ),
  ];

  const processes: Node[] = document.relationships.map((relationship) => {
    const party = reference(recordId(relationship.counterpartyId));
    const organisation = reference(organisationNode);
    const subs = (subProcessors.get(relationship.id) ?? []).map((sub) =>
      compact({
        "@id": recordId(sub.id),
        "@type": "dpv:DataSubProcessor",
        "dpv:hasName": sub.name,
        "dpv:hasCountry": country(sub.country),
      }),
    );
    const roles: Node = {};
    switch (perspectiveOf(document.organisation.kind, relationship.role)) {
      case "counterparty_processes":
        roles["dpv:hasDataController"] = organisation;
        roles["dpv:hasDataProcessor"] = [party, ...subs];
        break;
      case "organisation_processes":
        roles["dpv:hasDataController"] = party;
        roles["dpv:hasDataProcessor"] = [organisation, ...subs];
        break;
      case "joint_controllers":
        roles["dpv:hasJointDataControllers"] = {
          "@type": "dpv:JointDataControllers",
          "dpv:hasDataController": [organisation, party],
        };
        break;
      case "counterparty_independent_controller":
        roles["dpv:hasDataController"] = organisation;
        roles["dpv:hasRecipientDataController"] = party;
        break;
      case "undetermined":
        roles["dpv:hasDataController"] = organisation;
        roles["dpv:hasRecipient"] = party;
        break;
      case "no_recipient":
        roles["dpv:hasDataController"] = organisation;
        break;
    }

    const specification = specifications.get(relationship.id);
    const personalData: Node[] = [
      ...(specification?.dataCategories ?? []).map((label) => ({ "@type": "dpv:PersonalData", "rdfs:label": label })),
      ...(specification?.specialCategories ?? []).map((label) => ({
        "@type": "dpv:SpecialCategoryPersonalData",
        "rdfs:label": label,
      })),
      ...(specification?.processesBsn
        ? [{ "@type": "dpv:IdentifyingPersonalData", "rdfs:label": "Burgerservicenummer (BSN)" }]
        : []),
    ];
    const storage: Node[] = [
      ...(specification?.storageCountries ?? []).map((code) => ({
        "@type": "dpv:StorageLocation",
        "dpv:hasCountry": country(code),
      })),
      ...(specification?.retention ? [{ "@type": "dpv:StorageDuration", "rdfs:label": specification.retention }] : []),
    ];
    const transfers: Node[] = (specification?.transfers ?? []).map((transfer) =>
      compact({
        "@type": "dpv:Process",
        "dpv:hasProcessing": reference("dpv:Transfer"),
        "dpv:hasThirdCountry": country(transfer.country),
        "dpv:hasLegalBasis": transferBasis(transfer.safeguard),
        "rdfs:comment": transfer.safeguard === "none" ? transferSafeguardLabels.none.en : null,
      }),
    );
    const technicalAndOrganisational: Node[] = [
      ...(measures.get(relationship.id) ?? []).map((measure) =>
        compact({
          "@id": recordId(measure.id),
          "@type": "dpv:TechnicalOrganisationalMeasure",
          "dcterms:description": measure.description,
          "dcterms:source": measure.reference,
        }),
      ),
      ...(certifications.get(relationship.id) ?? []).map((certification) =>
        compact({
          "@id": recordId(certification.id),
          "@type": "dpv:Certification",
          "rdfs:label": certification.name
            ? `${certificationKindLabels[certification.kind].en}: ${certification.name}`
            : certificationKindLabels[certification.kind].en,
          "dcterms:issued": certification.issuedOn ? date(certification.issuedOn) : null,
          "dcterms:valid": certification.expiresOn ? date(certification.expiresOn) : null,
        }),
      ),
    ];
    const legalMeasures: Node[] = (agreements.get(relationship.id) ?? [])
      .filter((agreement) => agreement.kind !== "none_needed")
      .map((agreement) =>
        compact({
          "@id": recordId(agreement.id),
          "@type":
            agreement.kind === "processor_agreement"
              ? "dpv:ControllerProcessorAgreement"
              : "dpv:JointDataControllersAgreement",
          "dcterms:title": agreement.standardName
            ? [agreement.standardName, agreement.standardVersion].filter(Boolean).join(" ")
            : null,
          "dcterms:issued": agreement.signedOn ? date(agreement.signedOn) : null,
          "dcterms:valid":
            agreement.effectiveOn || agreement.endsOn
              ? `${agreement.effectiveOn ?? ""}/${agreement.endsOn ?? ""}`
              : null,
          "rdfs:comment": `status: ${agreement.status}`,
        }),
      );

    return compact({
      "@id": recordId(relationship.id),
      "@type": "dpv:Process",
      "dcterms:title": relationship.name,
      "dcterms:description": specification?.subjectMatter || specification?.nature || null,
      ...roles,
      "dpv:hasPurpose": (specification?.purposes ?? []).map((label) => ({
        "@type": "dpv:Purpose",
        "rdfs:label": label,
      })),
      "dpv:hasPersonalData": personalData,
      "dpv:hasDataSubject": (specification?.dataSubjectCategories ?? []).map((label) => ({
        "@type": "dpv:DataSubject",
        "rdfs:label": label,
      })),
      "dpv:hasStorageCondition": storage,
      "dpv:hasLocation": (specification?.processingCountries ?? []).map((code) => ({
        "@type": "dpv:ProcessingLocation",
        "dpv:hasCountry": country(code),
      })),
      "dpv:hasProcess": transfers,
      "dpv:hasTechnicalOrganisationalMeasure": technicalAndOrganisational,
      "dpv:hasLegalMeasure": legalMeasures,
    });
  });

  const record = compact({
    "@id": `urn:art28:register:${document.organisation.id}`,
    "@type": "dpv:DataProcessingRecord",
    "dcterms:title": `Register ${document.organisation.name}`,
    "dcterms:creator": reference(organisationNode),
    "dcterms:created": dateTime(document.generatedAt),
    "dpv:hasProcess": document.relationships.map((relationship) => reference(recordId(relationship.id))),
  });

  return { "@context": { ...dpvContext }, "@graph": [record, ...entities, ...processes] };
}
