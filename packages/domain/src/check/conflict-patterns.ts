/**
 * Clauses that contradict the GDPR (section D of the catalogue). Each conflict is a cue like the
 * requirement cues, plus "clean" exceptions: the same topic phrased lawfully ("shall not use the
 * data for its own purposes", "notify within 48 hours", "retain where Union law requires it")
 * must not be flagged.
 */

import type { ConflictId } from "./catalogue.ts";
import type { Cue } from "./requirement-patterns.ts";
import {
  auditWord,
  breachWord,
  controller,
  endOfContract,
  gap,
  instructionWord,
  legalReason,
  notifyVerb,
  onlyWord,
  pattern,
  personalData,
  processor,
  retainVerb,
  subprocessor,
} from "./vocabulary.ts";

export interface ConflictCue extends Omit<Cue, "actor"> {
  conflict: ConflictId;
  /** The party whose permission or statement makes the conflict. */
  actor: "processor" | "controller" | "any";
  /** A conflict only when the requirement is not met elsewhere in the text. */
  onlyWhenRequirementMissing?: boolean;
  /** An extra test on the normalised sentence, for what a pattern cannot say (e.g. "more than 72 hours"). */
  test?: (normalisedSentence: string) => boolean;
}

function conflictCue(partial: Partial<ConflictCue> & Pick<ConflictCue, "conflict" | "anchor">): ConflictCue {
  return { actor: "processor", negationVoids: true, strength: 3, ...partial };
}

const permission = String.raw`\b(?:may|can|is (?:entitled|permitted|allowed|free)|are (?:entitled|permitted|allowed|free)|reserves? the right|has the right|shall be (?:entitled|permitted|allowed|free)|will be (?:entitled|permitted|allowed|free)|mag|mogen|kan|kunnen|is gerechtigd|is bevoegd|is vrij|heeft het recht|behoudt zich${gap(10)}recht)\b`;

const ownPurposeObjects = String.raw`\b(?:(?:its|their|our|his|her) own (?:business )?purposes?|own purposes?|eigen (?:doeleinden|doelen|doel|bedrijfsvoering|gebruik|rekening)|product (?:improvement|development)|improv\w* (?:of )?(?:its|our|the processor's|their) (?:own )?(?:products?|services?|offerings?)|(?:develop\w*|improv\w*|train\w*) (?:of )?(?:new )?(?:products?|services?|models?|algorithms?|artificial intelligence|ai)\b|marketing|benchmark\w*|statisti\w*|analytics purposes|commercial purposes|business operations|legitimate business purposes|internal business purposes|bedrijfsvoering|productverbetering|productontwikkeling|verbeter\w* van (?:de |haar |zijn |onze )?(?:eigen )?(?:diensten|dienst|producten|product)|commerci[eë]le doeleinden|marketingdoeleinden|statistische doeleinden|trainen van)\b`;

const anonymised = String.raw`\b(?:anonymi[sz]\w*|aggregated|de-?identified|non-personal|geanonimiseerd\w*|geaggregeerd\w*|niet (?:tot (?:een )?personen )?herleidbaar\w*|anoniem\w*)\b`;

const afterEnd = String.raw`${endOfContract}|\bafter (?:the )?(?:project|service|end|agreement)|\bna (?:afloop|het einde|be[eë]indiging|het project|afronding)`;

const retentionExceptions: RegExp[] = [
  pattern(legalReason),
  pattern(anonymised),
  // Records that prove proper processing are the processor's own documents, not the controller's data.
  pattern(String.raw`\b(?:documentation|proof|evidence|invoices?|documentatie|bewijs|facturen)\b`),
  pattern(String.raw`\bcontroller\b${gap(30)}\b(?:may|can|mag|kan|retains|keeps|bewaart)\b`),
];

const warrantyVerb = String.raw`\b(?:warrants?|guarantees?|represents?|ensures?|states?|declares?|confirms?|is responsible|shall ensure|garandeert|verklaart|staat${gap(10)}in|draagt${gap(20)}zorg|is verantwoordelijk)\b`;
const lawfulInstruction = String.raw`\b(?:lawful\w*|comply|complies|compliance|compliant|in accordance with|accordance|legal(?:ly)?|authori[sz]ed|rechtmatig\w*|in overeenstemming|conform|voldoen|voldoet|bevoegd)\b`;

/** Hours for "within N hours/days/werkdagen"; null when none is stated. */
export function longestNotificationHours(sentence: string): number | null {
  const numberWords: Record<string, number> = {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    ten: 10,
    fourteen: 14,
    thirty: 30,
    een: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    tien: 10,
    veertien: 14,
    dertig: 30,
  };
  let longest: number | null = null;
  const within =
    /\b(?:within|no later than|not later than|at the latest|binnen|uiterlijk|niet later dan)\b(?: (?:a period of|a maximum of|maximaal|ten hoogste))? (\d+|[a-z]+)(?: \(\d+\))? (hours?|business days?|working days?|calendar days?|days?|weeks?|uur|werkdagen|werkdag|kalenderdagen|dagen|dag|weken|week)\b/g;
  for (const match of sentence.matchAll(within)) {
    const rawNumber = match[1] ?? "";
    const amount = /^\d+$/.test(rawNumber) ? Number(rawNumber) : numberWords[rawNumber];
    if (amount === undefined) continue;
    const unit = match[2] ?? "";
    let hours: number;
    if (/^(?:hours?|uur)$/.test(unit)) hours = amount;
    // A working day stretches over a weekend in the worst case: count 3 working days as 5 calendar days.
    else if (/business|working|werkdag/.test(unit)) hours = amount <= 2 ? amount * 24 : (amount + 2) * 24;
    else if (/week/.test(unit)) hours = amount * 7 * 24;
    else hours = amount * 24;
    if (longest === null || hours > longest) longest = hours;
  }
  return longest;
}

const periodNumbers: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  twaalf: 12,
  veertien: 14,
  dertig: 30,
  zestig: 60,
  negentig: 90,
};

/** The longest period a sentence names ("40 days", "drie maanden"), in days; null when none. */
export function longestPeriodDays(sentence: string): number | null {
  let longest: number | null = null;
  const period =
    /\b(\d+|[a-z]+)(?: \(\d+\))? (calendar days?|business days?|working days?|days?|weeks?|months?|years?|kalenderdagen|werkdagen|dagen|dag|weken|week|maanden|maand|jaren|jaar)\b/g;
  for (const match of sentence.matchAll(period)) {
    const rawNumber = match[1] ?? "";
    const amount = /^\d+$/.test(rawNumber) ? Number(rawNumber) : periodNumbers[rawNumber];
    if (amount === undefined) continue;
    const unit = match[2] ?? "";
    const days = /week/.test(unit)
      ? amount * 7
      : /^(?:months?|maand(?:en)?)$/.test(unit)
        ? amount * 31
        : /^(?:years?|jaar|jaren)$/.test(unit)
          ? amount * 365
          : amount;
    if (longest === null || days > longest) longest = days;
  }
  return longest;
}

// A short grace period after the end, after which the data are deleted, is how deletion is
// organised in practice (time to retrieve the data or renew), not a retention for the processor.
const maximumGracePeriodDays = 92;

export const conflictCues: readonly ConflictCue[] = [
  // Own purposes: the processor may use the data for itself.
  conflictCue({
    conflict: "own_purposes",
    anchor: pattern(
      permission,
      gap(80),
      String.raw`\b(?:use|process|exploit|analy[sz]e|share|sell|combine|aggregate|gebruiken|verwerken|benutten|analyseren|delen|verkopen|combineren)\b`,
    ),
    also: [pattern(ownPurposeObjects), pattern(String.raw`${personalData}|\bdata\b`)],
    unless: [
      pattern(anonymised),
      pattern(String.raw`\b(?:not|never|niet|geen|nooit)\b${gap(60)}(?:own|eigen)\b`),
      pattern(String.raw`\bcontroller (?:may|can|mag|kan)\b`),
    ],
    actor: "processor",
  }),
  conflictCue({
    conflict: "own_purposes",
    anchor: pattern(String.raw`\b(?:uses?|processes|gebruikt|verwerkt)\b`, gap(60), ownPurposeObjects),
    also: [pattern(String.raw`${personalData}`), pattern(String.raw`\b(?:also|as well|tevens|ook)\b`)],
    unless: [pattern(anonymised)],
    actor: "processor",
  }),
  conflictCue({
    conflict: "own_purposes",
    anchor: pattern(
      String.raw`\b(?:necessary|needed|required|noodzakelijk|nodig)\b${gap(60)}\b(?:own|eigen)?\s?(?:business operations|bedrijfsvoering)\b`,
    ),
    also: [pattern(String.raw`\b(?:process\w*|verwerk\w*|gebruik\w*|use)\b`)],
    unless: [pattern(anonymised), pattern(String.raw`\bcontroller's (?:own )?(?:business|bedrijfsvoering)\b`)],
    actor: "any",
  }),

  // Unrestricted sub-processing.
  conflictCue({
    conflict: "unrestricted_subprocessing",
    anchor: pattern(
      permission,
      gap(90),
      String.raw`\b(?:engage|use|appoint|involve|subcontract|retain|add|replace|change|inschakelen|in te schakelen|gebruiken|betrekken|inzetten|toevoegen|vervangen)\b`,
    ),
    also: [
      pattern(String.raw`${subprocessor}|\bthird part(?:y|ies)\b|\bderden\b`),
      pattern(
        String.raw`\bwithout (?:the |any )?(?:prior |further )?(?:(?:written |specific )?(?:consent|approval|authori[sz]ation|permission|notice|notification|informing)|informing)\b|\bat (?:its|their) (?:sole |own |absolute )?discretion\b|\bzonder (?:voorafgaande |nadere |schriftelijke )?(?:toestemming|goedkeuring|instemming|melding|kennisgeving|mededeling)\b|\bnaar eigen (?:inzicht|goeddunken|keuze)\b|\bfreely\b|\bvrijelijk\b`,
      ),
    ],
    unless: [
      pattern(
        String.raw`\bwithout (?:the |any )?(?:prior )?(?:written )?(?:consent|approval|authori[sz]ation)\b${gap(40)}\b(?:except|unless|save|other than)\b`,
      ),
    ],
    actor: "processor",
  }),
  conflictCue({
    conflict: "unrestricted_subprocessing",
    anchor: pattern(
      String.raw`\b(?:(?:only|solely) (?:up)?on (?:written )?request|(?:alleen|uitsluitend|slechts) op (?:schriftelijk )?verzoek)\b`,
    ),
    also: [
      pattern(subprocessor),
      pattern(String.raw`\b(?:list|names?|identity|details|overview|lijst|overzicht|namen)\b`),
    ],
    actor: "any",
    negationVoids: false,
    onlyWhenRequirementMissing: true,
  }),

  // Breach notification filtered or delayed.
  conflictCue({
    conflict: "breach_filtering_or_delay",
    anchor: pattern(notifyVerb),
    context: [pattern(breachWord)],
    test: (sentence) => {
      if (
        /\b(?:supervisory authorit|autoriteit persoonsgegevens|toezichthouder|data subjects? within|betrokkenen binnen)/.test(
          sentence,
        ) &&
        !/\bcontroller\b/.test(sentence)
      ) {
        return false;
      }
      if (
        /\b(?:further|additional|detailed|follow-?up|final|full|written|complete) (?:report|information|details|rapport\w*)|\b(?:nadere|aanvullende|verdere|volledige) (?:informatie|rapportage|gegevens)/.test(
          sentence,
        )
      ) {
        return false;
      }
      const hours = longestNotificationHours(sentence);
      return hours !== null && hours > 72;
    },
    actor: "processor",
  }),
  conflictCue({
    conflict: "breach_filtering_or_delay",
    anchor: pattern(notifyVerb),
    context: [pattern(breachWord)],
    also: [
      pattern(
        String.raw`${notifyVerb}${gap(100)}\b(?:serious|significant|material|major|substantial|severe|grave|ernstige?|aanzienlijke?|wezenlijke?|belangrijke?)\b${gap(30)}${breachWord}|\b(?:serious|significant|material|major|substantial|severe|ernstige?|aanzienlijke?)\b${gap(30)}${breachWord}${gap(30)}\b(?:(?:will|shall) be|(?:is|are)|worden|wordt) (?:notified|reported|gemeld)|${onlyWord}${gap(60)}\b(?:serious|significant|material|major|substantial|severe|high[- ]risk|likely to result|ernstige?|aanzienlijke?|wezenlijke?|hoog risico)\b|\b(?:ernstige nadelige gevolgen|aanzienlijke kans)\b|\b(?:at (?:its|the processor's) (?:sole )?discretion|if processor (?:deems|considers) (?:it )?(?:necessary|appropriate)|naar eigen (?:inzicht|oordeel)|indien (?:verwerker )?(?:dit|dat) (?:nodig|noodzakelijk) acht)\b`,
      ),
    ],
    unless: [
      pattern(
        String.raw`\b(?:any|all|every|elke?|iedere?|alle)\b${gap(10)}${breachWord}${gap(60)}\b(?:regardless|irrespective|ongeacht)\b`,
      ),
    ],
    actor: "processor",
  }),

  // No audit right.
  conflictCue({
    conflict: "no_audit_right",
    anchor: pattern(
      String.raw`\b(?:no right to (?:audit|inspect)|not (?:be )?(?:entitled|permitted|allowed) to (?:conduct|carry out|perform|request|have)?${gap(20)}(?:audits?|inspections?)|(?:audits?|inspections?) (?:are|is|shall be|will be) (?:excluded|not (?:permitted|allowed|possible))|waives? (?:its|any|all) rights? (?:to|of) (?:audit|inspect)|(?:geen|niet het) recht (?:op|om)${gap(20)}(?:audit|controle|inspectie)|niet (?:gerechtigd|bevoegd)${gap(40)}(?:audit|controle|inspectie)|(?:audits?|controles?|inspecties?) (?:is|zijn|wordt|worden) uitgesloten|doet afstand van${gap(20)}(?:audit|controle))`,
    ),
    actor: "any",
    negationVoids: false,
  }),
  conflictCue({
    conflict: "no_audit_right",
    anchor: pattern(
      onlyWord,
      gap(60),
      String.raw`\b(?:certificat\w*|reports?|attestations?|third[- ]party audit\w*|soc ?[12]|iso ?27001|rapport\w*|verklaring\w*|tpm)\b`,
    ),
    also: [
      pattern(auditWord),
      pattern(
        String.raw`\b(?:instead|in lieu|in place|in plaats|rather than|replace[sd]?|vervang\w*|limited to|beperkt tot|exclusively|uitsluitend)\b`,
      ),
    ],
    unless: [
      pattern(
        String.raw`\b(?:if|where|unless|insofar|to the extent|indien|tenzij|voor zover)\b${gap(80)}\b(?:insufficient|not sufficient|reasonably|onvoldoende|niet voldoende)`,
      ),
    ],
    actor: "any",
    negationVoids: false,
  }),

  // Retention after the end without a legal obligation: a permission to keep the data, or
  // keeping it for the processor's own ends ("for possible questions", "voor eventuele nazorg").
  conflictCue({
    conflict: "retention_after_end",
    anchor: pattern(
      String.raw`${permission}${gap(60)}${retainVerb}|\b(?:retains?|keeps?|bewaart|behoudt)\b${gap(40)}\b(?:the )?right\b|\bbehoudt zich${gap(20)}recht${gap(40)}(?:te )?(?:bewaren|behouden)`,
    ),
    context: [pattern(afterEnd)],
    also: [pattern(String.raw`${personalData}|\bdata\b|\bcopies\b|\bkopie`)],
    unless: retentionExceptions,
    test: (sentence) => {
      const days = longestPeriodDays(sentence);
      return days === null || days > maximumGracePeriodDays;
    },
    actor: "processor",
    negationVoids: true,
  }),
  conflictCue({
    conflict: "retention_after_end",
    anchor: pattern(retainVerb),
    context: [pattern(afterEnd)],
    also: [
      pattern(String.raw`${personalData}|\bdata\b|\bcopies\b|\bkopie`),
      pattern(
        String.raw`\bfor (?:any |possible |potential |future |its own |our own |evidentiary |follow-?up |the purpose of (?:handling )?(?:possible |any )?(?:claims|disputes|complaints))\w*|\bvoor (?:eventuele|mogelijke|eigen|toekomstige)\b|\bnazorg\b|\bgeschil\w*|\bdisputes?\b`,
      ),
    ],
    unless: retentionExceptions,
    actor: "processor",
    negationVoids: true,
  }),

  // The controller warrants lawful instructions, and the processor need not warn.
  conflictCue({
    conflict: "unlawful_instruction_warranty_only",
    anchor: pattern(warrantyVerb),
    also: [pattern(instructionWord), pattern(lawfulInstruction), pattern(controller)],
    actor: "controller",
    negationVoids: true,
    onlyWhenRequirementMissing: true,
  }),
  conflictCue({
    // The same warranty as an item of a list: "The controller warrants that: … (d) its instructions comply with the GDPR."
    conflict: "unlawful_instruction_warranty_only",
    anchor: pattern(instructionWord),
    also: [pattern(lawfulInstruction)],
    context: [pattern(warrantyVerb)],
    actor: "controller",
    negationVoids: true,
    onlyWhenRequirementMissing: true,
  }),
  conflictCue({
    // "The processor need not check instructions": a conflict unless it still has to warn when it notices.
    conflict: "unlawful_instruction_warranty_only",
    anchor: pattern(
      String.raw`\b(?:not (?:be )?(?:obliged|required|responsible|liable)|no (?:obligation|duty)|under no obligation|niet (?:verplicht|gehouden|verantwoordelijk)|geen (?:verplichting|plicht))\b${gap(60)}\b(?:check\w*|verify\w*|assess\w*|review\w*|examin\w*|investigat\w*|controleren|toetsen|beoordelen|onderzoeken)\b`,
    ),
    also: [pattern(instructionWord), pattern(processor)],
    actor: "any",
    negationVoids: false,
    onlyWhenRequirementMissing: true,
  }),
  conflictCue({
    // "The processor need not warn": always a conflict.
    conflict: "unlawful_instruction_warranty_only",
    anchor: pattern(
      String.raw`\b(?:not (?:be )?(?:obliged|required|responsible)|no (?:obligation|duty)|under no obligation|niet (?:verplicht|gehouden)|geen (?:verplichting|plicht))\b${gap(30)}\b(?:to )?(?:warn\w*|inform\w*|notify\w*|alert\w*|waarschuwen|informeren|melden)\b`,
    ),
    also: [pattern(instructionWord)],
    actor: "any",
    negationVoids: false,
  }),
];
