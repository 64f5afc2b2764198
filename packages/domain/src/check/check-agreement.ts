/**
 * The agreement check (toets): reads a structured document and reports, per requirement of the
 * catalogue, whether the agreement meets it, with the sentence that shows it. Deterministic and
 * explainable: every finding points to a sentence and its location, and every pattern is written
 * by hand from the GDPR's wording (see requirement-patterns.ts and conflict-patterns.ts).
 */

import type { StructuredDocument } from "../document/document-model.ts";
import {
  conflictDefinition,
  requirementCatalogue,
  type ConflictId,
  type RequirementDefinition,
  type RequirementId,
} from "./catalogue.ts";
import { readClause, sentenceSubject, type ObligedParty } from "./clause-analysis.ts";
import { conflictCues, type ConflictCue } from "./conflict-patterns.ts";
import { detectLanguage, type CheckLanguage } from "./language.ts";
import { basicNormalise, normaliseSentence } from "./normalise.ts";
import { createPartyRewriter, findPartyTerms, type PartyRewriter, type PartyTermsWithEvidence } from "./parties.ts";
import { impliedBy, requirementCues, type Cue } from "./requirement-patterns.ts";
import { patternCount, patternNumber } from "./vocabulary.ts";
import { documentSentences, type Sentence } from "./sentences.ts";

export const requirementStatuses = ["present", "missing", "conflict"] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

/** A sentence that supports a finding. */
export interface Evidence {
  /** The sentence as written, trimmed to about 400 characters. */
  text: string;
  /** Where it stands, e.g. "Artikel 3, lid 3.2". */
  location: string;
}

/** A clause that contradicts the GDPR. */
export interface ConflictFinding {
  id: ConflictId;
  text: string;
  location: string;
}

export interface RequirementResult {
  id: RequirementId;
  mandatory: boolean;
  status: RequirementStatus;
  /** At most three sentences, best first. For `conflict`, the conflicting clauses come first. */
  evidence: Evidence[];
  /** One line in the language of the result (`CheckResult.language`). */
  explanation: string;
  /** Only when conflicts were found. */
  conflicts?: ConflictFinding[];
}

/**
 * The outcome of the check.
 *
 * - `language`: the language the text was read in, and in which the explanations are written;
 *   `languageDetected` is false when the caller chose it.
 * - `isProcessorAgreement`: true for every document that presents itself as a processor agreement
 *   (its title or a heading says so, or it defines its parties as processor and controller),
 *   however incomplete: what is missing is reported missing with the usual explanation. False only
 *   for documents that are something else (a privacy statement, a statement that no agreement is
 *   needed or that the party is no processor, an unrelated contract without processor clauses).
 *   For those, requirements whose text was found are still reported `present` with their evidence,
 *   so the user sees what the text says, but never `conflict` (a clause outside a processor
 *   agreement contradicts no Art. 28 duty) and `summary.compliant` is always false; each
 *   explanation and `processorAgreementReason` say why.
 * - `parties`: the terms found to denote the processor and the controller (lower case).
 * - `requirements`: one entry per catalogue requirement, in catalogue order.
 * - `summary.compliant`: every mandatory requirement is present (none missing, none in conflict).
 */
export interface CheckResult {
  language: CheckLanguage;
  languageDetected: boolean;
  isProcessorAgreement: boolean;
  processorAgreementReason: string;
  parties: { processorTerms: string[]; controllerTerms: string[] };
  requirements: RequirementResult[];
  summary: {
    compliant: boolean;
    mandatoryTotal: number;
    mandatoryPresent: number;
    /** Mandatory requirements with status `missing`. */
    missing: RequirementId[];
    /** Requirements with status `conflict`. */
    conflicts: RequirementId[];
    /** Advisory (section C) requirements that were not found. */
    advisoryMissing: RequirementId[];
  };
}

export interface CheckOptions {
  /** Read the text as this language instead of detecting it. */
  language?: CheckLanguage;
  /**
   * Judge the requirements even when the text does not look like a processor agreement, e.g. to
   * check a few clauses on their own. `isProcessorAgreement` is still reported.
   */
  assumeProcessorAgreement?: boolean;
}

/** A sentence prepared for matching. */
interface PreparedSentence {
  source: Sentence;
  order: number;
  /** Lower case, quotes and spaces tidied, parties not yet rewritten. */
  plain: string;
  normal: string;
  /** Per pattern number: 0 not yet tested, 1 no match, 2 match. Many cues share their anchors. */
  hits: Uint8Array;
  /** Heading and lead-in text, normalised, for context concepts. */
  context: string;
  /** The party bound by the list's lead-in ("The processor shall:"), for list items without a subject. */
  inheritedParty: ObligedParty;
}

interface Match {
  sentence: PreparedSentence;
  strength: number;
}

const maximumEvidence = 3;
const maximumEvidenceLength = 400;

function globalCopy(expression: RegExp): RegExp {
  return new RegExp(expression.source, expression.flags.includes("g") ? expression.flags : `${expression.flags}g`);
}

// Global copies of the anchors, made once, so every occurrence of an anchor can be judged.
const globalAnchors = new Map<RegExp, RegExp>();
for (const cues of Object.values(requirementCues))
  for (const entry of cues) globalAnchors.set(entry.anchor, globalCopy(entry.anchor));
for (const entry of conflictCues) globalAnchors.set(entry.anchor, globalCopy(entry.anchor));

// A list item in imperative form starts with a verb, not with an article, pronoun or conjunction.
const startsNewStatement =
  /^(?:the|this|these|each|any|all|in|if|where|when|for|to|no|de|het|een|deze|dit|indien|als|wanneer|in|voor|bij|elke|iedere|alle|partijen|parties)\b/i;

function prepareSentences(sentences: Sentence[], rewriter: PartyRewriter): PreparedSentence[] {
  const rewrite = (text: string): string => normaliseSentence(basicNormalise(text), rewriter);
  const prepared: PreparedSentence[] = [];
  const normalisedHeadings = new Map<string, string>();
  let leadIn: { normal: string; party: ObligedParty } | null = null;
  sentences.forEach((source, order) => {
    const plain = basicNormalise(source.text);
    const normal = normaliseSentence(plain, rewriter);
    let heading = normalisedHeadings.get(source.heading);
    if (heading === undefined) {
      heading = rewrite(source.heading);
      normalisedHeadings.set(source.heading, heading);
    }
    if (source.isHeading) {
      leadIn = null;
    } else if (leadIn !== null) {
      const continuesList =
        source.isListItem ||
        /^[\p{Ll}(•·\-–]/u.test(source.text) ||
        /^(?:\(?[a-z0-9ivx]{1,4}[.)]\s)/i.test(source.text) ||
        !startsNewStatement.test(source.text);
      if (!continuesList) leadIn = null;
    }
    const current: { normal: string; party: ObligedParty } | null = leadIn;
    // The sentence before often names the topic that this one refers to ("In that case, …").
    const previous = prepared[prepared.length - 1];
    const previousText = previous && !previous.source.isHeading ? previous.normal : "";
    prepared.push({
      source,
      order,
      plain,
      normal,
      hits: new Uint8Array(patternCount()),
      context: [heading, current ? current.normal : "", previousText].join(" | "),
      inheritedParty: current ? current.party : "none",
    });
    if (/:\s*$/.test(normal)) {
      // A nested lead-in without its own subject ("notify the controller:") keeps the outer one's party.
      const ownParty = sentenceSubject(normal);
      const party =
        ownParty === "none" ||
        (current !== null && /^[\p{Ll}(]/u.test(source.text) && !/\b(?:shall|will|must|zal|dient|moet)\b/.test(normal))
          ? (current?.party ?? ownParty)
          : ownParty;
      leadIn = { normal, party };
    }
  });
  return prepared;
}

/**
 * The sentences as the matcher sees them (normalised, with context and inherited party). For
 * error analysis in the evaluation tooling; not part of the public API.
 */
export function preparedSentencesForAnalysis(document: StructuredDocument): Array<{
  text: string;
  normal: string;
  context: string;
  inheritedParty: ObligedParty;
  location: string;
}> {
  const sentences = documentSentences(document);
  const rewriter = createPartyRewriter(findPartyTerms(sentences.map((sentence) => sentence.text)));
  return prepareSentences(sentences, rewriter).map((sentence) => ({
    text: sentence.source.text,
    normal: sentence.normal,
    context: sentence.context,
    inheritedParty: sentence.inheritedParty,
    location: sentence.source.location,
  }));
}

function partyAllowed(actor: Cue["actor"] | ConflictCue["actor"], party: ObligedParty): boolean {
  if (actor === "any") return true;
  if (actor === "processor") return party === "processor" || party === "both" || party === "none";
  return party === "controller" || party === "both";
}

function matches(sentence: PreparedSentence, expression: RegExp): boolean {
  const number = patternNumber(expression);
  if (number < 0) return expression.test(sentence.normal);
  const remembered = sentence.hits[number];
  if (remembered) return remembered === 2;
  const hit = expression.test(sentence.normal);
  sentence.hits[number] = hit ? 2 : 1;
  return hit;
}

/**
 * How well a cue matches a sentence: 0 for no match, otherwise a factor that lowers the evidence
 * strength when the sentence only matches through its surroundings. A heading names a topic but
 * rarely carries the obligation, and a clause whose concept stands only in its heading or lead-in
 * is weaker evidence than one that says it all itself ("Article 8 Data subjects and DPIA" must
 * not make the data-subject clause the DPIA evidence).
 */
function cueMatch(entry: Cue | ConflictCue, sentence: PreparedSentence): number {
  const { normal } = sentence;
  if (entry.actor !== "any" && sentence.source.isHeading) return 0;
  if (!matches(sentence, entry.anchor)) return 0;
  if (entry.also && !entry.also.every((expression) => matches(sentence, expression))) return 0;
  let onlyThroughContext = false;
  if (entry.context) {
    for (const expression of entry.context) {
      if (expression.test(normal)) continue;
      if (!expression.test(sentence.context)) return 0;
      onlyThroughContext = true;
    }
  }
  if (entry.unless && entry.unless.some((expression) => expression.test(normal))) return 0;
  if ("test" in entry && entry.test && !entry.test(normal)) return 0;
  const quality = sentence.source.isHeading ? 0.4 : onlyThroughContext ? 0.75 : 1;
  if (entry.actor === "any" && !entry.negationVoids) return quality;
  const anchor = globalAnchors.get(entry.anchor) ?? globalCopy(entry.anchor);
  anchor.lastIndex = 0;
  for (const occurrence of normal.matchAll(anchor)) {
    const reading = readClause(normal, occurrence.index);
    const party = reading.party === "none" ? sentence.inheritedParty : reading.party;
    if (!partyAllowed(entry.actor, party)) continue;
    if (entry.negationVoids && reading.negated) continue;
    return quality;
  }
  return 0;
}

function matchesCue(entry: Cue | ConflictCue, sentence: PreparedSentence): boolean {
  return cueMatch(entry, sentence) > 0;
}

function toEvidence(sentence: PreparedSentence): Evidence {
  const text = sentence.source.text;
  return {
    text: text.length > maximumEvidenceLength ? `${text.slice(0, maximumEvidenceLength - 1).trimEnd()}…` : text,
    location: sentence.source.location,
  };
}

function bestEvidence(matches: Match[]): Evidence[] {
  return [...matches]
    .sort((left, right) => right.strength - left.strength || left.sentence.order - right.sentence.order)
    .slice(0, maximumEvidence)
    .map((match) => toEvidence(match.sentence));
}

const processorRoleMentioned =
  /\b(?:processor|processors|verwerker|verwerkers|data importer|verwerkersovereenkomst|bewerkersovereenkomst|verwerkersovereenkomsten|data processing (?:agreement|addendum|terms)|dpa|art(?:icle|ikel|\.)? ?28)\b/;
const personalDataMentioned = /\b(?:personal data|personal information|persoonsgegevens|personenbezogene daten)\b/;
const noAgreementNeeded = new RegExp(
  [
    String.raw`\b(?:no|not|geen|niet)\b[^.;]{0,40}\b(?:data processing agreement|processor agreement|processing agreement|dpa|verwerkersovereenkomst|bewerkersovereenkomst)\b[^.;]{0,60}\b(?:needed|necessary|required|nodig|vereist|noodzakelijk|verplicht)\b`,
    String.raw`\b(?:data processing agreement|processor agreement|dpa|verwerkersovereenkomst|bewerkersovereenkomst)\b[^.;]{0,30}\b(?:is|are)?\s?(?:not|niet)\b[^.;]{0,20}\b(?:needed|necessary|required|nodig|vereist|noodzakelijk|verplicht|applicable|van toepassing)\b`,
    String.raw`\b(?:we are|we act as|wij zijn|we zijn|wij treden|is|are|zijn)\b\s(?:not|geen|niet)\s(?:a |an |the |your |uw |de |een |als )?(?:data )?(?:processor|verwerker)\b`,
  ].join("|"),
);
const privacyStatementTitle =
  /\b(?:privacy (?:statement|policy|notice)|privacyverklaring|privacybeleid|privacystatement|privacyreglement|cookie (?:policy|statement)|cookieverklaring)\b/;

const processorObligationIds = requirementCatalogue
  .filter((definition) => definition.section === "processor_obligations")
  .map((definition) => definition.id);

interface AgreementDecision {
  isProcessorAgreement: boolean;
  reason: string;
}

// A title or heading by which a document presents itself as a processor agreement (or as the
// processor section of a larger contract).
const processorAgreementTitle =
  /\b(?:verwerkersovereenkomst(?:en)?|bewerkersovereenkomst(?:en)?|verwerkersbijlage|verwerkersaddendum|verwerkingsovereenkomst|gegevensverwerkingsovereenkomst|(?:data )?processing (?:agreement|addendum|terms|schedule|annex|exhibit)|data processor (?:agreement|addendum|terms)|processor (?:agreement|addendum|terms|clauses)|data protection (?:agreement|addendum|schedule|terms)|dpa|art(?:icle|ikel|\.)? ?28 (?:agreement|overeenkomst|gdpr|avg))\b/;

/**
 * Whether the document presents itself as a processor agreement: its title or a heading says so,
 * or it defines its parties as processor and controller. Such a document is judged as a processor
 * agreement however incomplete it is; missing elements are then simply reported missing.
 */
function presentsAsProcessorAgreement(sentences: PreparedSentence[], parties: PartyTermsWithEvidence): boolean {
  const titled = sentences.some(
    (sentence, position) =>
      (position < 5 || sentence.source.isHeading) &&
      sentence.plain.length <= 160 &&
      processorAgreementTitle.test(sentence.plain),
  );
  if (titled) return true;
  if (parties.processorTerms.length > 0 && parties.controllerTerms.length > 0) return true;
  // "… hereinafter "Processor" …" and "… hereinafter "Controller" …": the role words are the defined terms.
  const definedRoles = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.normal.matchAll(roleDefinedAsTerm)) definedRoles.add(match[1] ?? "");
  }
  return definedRoles.has("processor") && definedRoles.has("controller");
}

// "Party A, as the controller", "X shall be the controller", "treedt op als verwerker".
const roleAssigned =
  /\b(?:as|als|shall be|will be|is|are|be|acts as|act as|treedt op als|treden op als|fungeert als|regarded as|considered (?:as|to be)|aangemerkt als|beschouwd als)\s+(?:the |a |an |de |een )?"?(?:data )?(?:processor|controller)\b(?!'s| (?:software|data|personal|systems?|services?))/;

const roleDefinedAsTerm =
  /\b(?:hereinafter|hereafter|hierna(?: te noemen| genoemd)?|referred to as|(?:acting|handelend|optredend) (?:as|als)|in (?:its|the|de) (?:capacity|hoedanigheid) (?:as|of|van))\b[\s:,"(]{0,6}(?:the |de |het )?"?(processor|controller)\b/g;
const roleDefinedAsTermOnce = new RegExp(roleDefinedAsTerm.source);

function decideProcessorAgreement(
  sentences: PreparedSentence[],
  present: Set<RequirementId>,
  language: CheckLanguage,
  parties: PartyTermsWithEvidence,
): AgreementDecision {
  const plain = sentences.map((sentence) => sentence.plain);
  const obligations = processorObligationIds.filter((id) => present.has(id)).length;
  const say = (nl: string, en: string): string => (language === "nl" ? nl : en);
  const found = say(
    `${obligations} van de ${processorObligationIds.length} verwerkersverplichtingen gevonden`,
    `${obligations} of the ${processorObligationIds.length} processor obligations found`,
  );
  if (
    !plain.some((text) => processorRoleMentioned.test(text)) ||
    !plain.some((text) => personalDataMentioned.test(text))
  ) {
    return {
      isProcessorAgreement: false,
      reason: say(
        "Het document noemt geen verwerker of geen persoonsgegevens; het is geen verwerkersovereenkomst.",
        "The document mentions no processor or no personal data; it is not a processor agreement.",
      ),
    };
  }
  const statement = plain.find((text) => noAgreementNeeded.test(text));
  if (statement !== undefined && obligations < 12) {
    return {
      isProcessorAgreement: false,
      reason: say(
        "Het document stelt dat er geen verwerkersovereenkomst nodig is of dat de partij geen verwerker is.",
        "The document states that no processor agreement is needed or that the party is not a processor.",
      ),
    };
  }
  const presented = presentsAsProcessorAgreement(sentences, parties);
  const opening = plain.slice(0, 5).join(" ");
  if (privacyStatementTitle.test(opening) && obligations < 10 && !processorAgreementTitle.test(opening)) {
    return {
      isProcessorAgreement: false,
      reason: say(
        "Het document is een privacyverklaring, geen verwerkersovereenkomst.",
        "The document is a privacy statement, not a processor agreement.",
      ),
    };
  }
  if (presented) {
    return {
      isProcessorAgreement: true,
      reason: say(
        `Het document presenteert zich als verwerkersovereenkomst of legt de rollen van verwerker en verwerkingsverantwoordelijke vast (${found}).`,
        `The document presents itself as a processor agreement or sets out the roles of processor and controller (${found}).`,
      ),
    };
  }
  if (obligations < 5) {
    return {
      isProcessorAgreement: false,
      reason: say(
        `Slechts ${found}; dit lijkt geen verwerkersovereenkomst of verwerkersbepalingen.`,
        `Only ${found}; this does not look like a processor agreement or processor clauses.`,
      ),
    };
  }
  return {
    isProcessorAgreement: true,
    reason: say(
      `Het document regelt de verwerking door een verwerker (${found}).`,
      `The document governs processing by a processor (${found}).`,
    ),
  };
}

function explain(
  definition: RequirementDefinition,
  status: RequirementStatus,
  language: CheckLanguage,
  evidence: Evidence[],
  conflicts: ConflictFinding[],
  isProcessorAgreement: boolean,
): string {
  const title = definition.title[language];
  if (!isProcessorAgreement) {
    if (status === "present") {
      const where = evidence[0]?.location ? ` (${evidence[0].location})` : "";
      return language === "nl"
        ? `${title}: tekst gevonden${where}, maar het document is geen verwerkersovereenkomst.`
        : `${title}: text found${where}, but the document is not a processor agreement.`;
    }
    return language === "nl"
      ? `${title}: niet gevonden; het document is bovendien geen verwerkersovereenkomst.`
      : `${title}: not found; moreover, the document is not a processor agreement.`;
  }
  if (status === "conflict") {
    const first = conflicts[0];
    const detail = first ? conflictDefinition(first.id).explanation[language] : "";
    const where = first?.location ? ` (${first.location})` : "";
    return language === "nl"
      ? `${title}: in strijd met de AVG${where}. ${detail}`
      : `${title}: contradicts the GDPR${where}. ${detail}`;
  }
  if (status === "present") {
    const where = evidence[0]?.location ? ` ${language === "nl" ? "in" : "in"} ${evidence[0].location}` : "";
    return language === "nl" ? `${title}: geregeld${where}.` : `${title}: covered${where}.`;
  }
  return language === "nl"
    ? `${title}: niet gevonden. ${definition.explanation.nl}`
    : `${title}: not found. ${definition.explanation.en}`;
}

/**
 * Checks a processor agreement (or processor clauses in another contract) against Art. 28 GDPR.
 * Pure and synchronous; a 150,000-character agreement takes a few tens of milliseconds.
 */
export function checkAgreement(document: StructuredDocument, options: CheckOptions = {}): CheckResult {
  const language = options.language ?? detectLanguage(document.text).language;
  const sentences = documentSentences(document);
  const parties = findPartyTerms(sentences.map((sentence) => sentence.text));
  const rewriter = createPartyRewriter(parties);
  const prepared = prepareSentences(sentences, rewriter);

  // Who is who is settled when a name or defined term is tied to a role, or when the role words
  // themselves are made the defined terms ("hereinafter: "Processor"").
  const partiesIdentified =
    parties.definingSentences.length > 0 ||
    prepared.some((sentence) => roleDefinedAsTermOnce.test(sentence.normal)) ||
    prepared.some((sentence) => roleAssigned.test(sentence.normal));
  const matchesById = new Map<RequirementId, Match[]>();
  for (const definition of requirementCatalogue) {
    const matches: Match[] = [];
    if (definition.id === "parties_roles") {
      // A definition that ties a name to a role is the best evidence of who is who.
      for (const position of parties.definingSentences.slice(0, maximumEvidence)) {
        const sentence = prepared[position];
        if (sentence) matches.push({ sentence, strength: 3 });
      }
      // "Acme B.V., hierna: de verwerker": the role word itself is the defined term of a named party.
      for (const sentence of prepared) {
        if (matches.length >= maximumEvidence) break;
        if (!matches.some((match) => match.sentence === sentence) && roleDefinedAsTermOnce.test(sentence.normal)) {
          matches.push({ sentence, strength: 3 });
        }
      }
    }
    for (const entry of requirementCues[definition.id]) {
      if (entry.rolesOnly && !partiesIdentified) continue;
      for (const sentence of prepared) {
        if (matches.length >= 12) break;
        const quality = cueMatch(entry, sentence);
        if (quality === 0) continue;
        const strength = entry.strength * quality;
        const earlier = matches.find((match) => match.sentence === sentence);
        if (earlier) earlier.strength = Math.max(earlier.strength, strength);
        else matches.push({ sentence, strength });
      }
    }
    matchesById.set(definition.id, matches);
  }
  for (const [id, sources] of Object.entries(impliedBy) as Array<[RequirementId, readonly RequirementId[]]>) {
    if ((matchesById.get(id) ?? []).length > 0) continue;
    const borrowed = sources
      .flatMap((source) => matchesById.get(source) ?? [])
      .map((match) => ({ ...match, strength: 1 }));
    matchesById.set(id, borrowed);
  }
  const present = new Set<RequirementId>(
    [...matchesById].filter(([, matches]) => matches.length > 0).map(([id]) => id),
  );

  const conflictsById = new Map<RequirementId, ConflictFinding[]>();
  for (const entry of conflictCues) {
    const requirementId = conflictDefinition(entry.conflict).requirement;
    if (entry.onlyWhenRequirementMissing && present.has(requirementId)) continue;
    const findings = conflictsById.get(requirementId) ?? [];
    for (const sentence of prepared) {
      if (findings.length >= maximumEvidence) break;
      if (findings.some((finding) => finding.text === toEvidence(sentence).text)) continue;
      if (matchesCue(entry, sentence)) findings.push({ id: entry.conflict, ...toEvidence(sentence) });
    }
    if (findings.length > 0) conflictsById.set(requirementId, findings);
  }

  const decision = decideProcessorAgreement(prepared, present, language, parties);
  const gateClosed = !decision.isProcessorAgreement && options.assumeProcessorAgreement !== true;
  const requirements: RequirementResult[] = requirementCatalogue.map((definition) => {
    const matches = matchesById.get(definition.id) ?? [];
    const conflicts = conflictsById.get(definition.id) ?? [];
    let status: RequirementStatus = conflicts.length > 0 ? "conflict" : matches.length > 0 ? "present" : "missing";
    let evidence = bestEvidence(matches);
    if (status === "conflict") {
      evidence = [...conflicts.map(({ text, location }) => ({ text, location })), ...evidence].slice(
        0,
        maximumEvidence,
      );
    }
    // Outside a processor agreement a prohibition or warranty is no conflict with Art. 28; what
    // was found is still shown, so the user sees what the text does say.
    if (gateClosed && status === "conflict") {
      status = "present";
      evidence = bestEvidence(matches);
      if (matches.length === 0) status = "missing";
    }
    const result: RequirementResult = {
      id: definition.id,
      mandatory: definition.mandatory,
      status,
      evidence,
      explanation: explain(definition, status, language, evidence, conflicts, !gateClosed),
    };
    if (status === "conflict") result.conflicts = conflicts;
    return result;
  });

  const mandatory = requirements.filter((requirement) => requirement.mandatory);
  const mandatoryPresent = mandatory.filter((requirement) => requirement.status === "present").length;
  return {
    language,
    languageDetected: options.language === undefined,
    isProcessorAgreement: decision.isProcessorAgreement,
    processorAgreementReason: decision.reason,
    parties: { processorTerms: parties.processorTerms, controllerTerms: parties.controllerTerms },
    requirements,
    summary: {
      compliant: !gateClosed && mandatoryPresent === mandatory.length,
      mandatoryTotal: mandatory.length,
      mandatoryPresent,
      missing: mandatory.filter((requirement) => requirement.status === "missing").map((requirement) => requirement.id),
      conflicts: requirements
        .filter((requirement) => requirement.status === "conflict")
        .map((requirement) => requirement.id),
      advisoryMissing: requirements
        .filter((requirement) => !requirement.mandatory && requirement.status !== "present")
        .map((requirement) => requirement.id),
    },
  };
}
