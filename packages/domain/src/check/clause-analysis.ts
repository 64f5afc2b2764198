/**
 * Who carries an obligation, and whether it is negated. Works on normalised sentences in which
 * party mentions are already "processor", "controller" or "subprocessor". The grammar is kept
 * deliberately small: the party closest before the governing modal verb is the subject (English
 * and Dutch main clauses), or the party right after it (Dutch inversion: "zal verwerker ...",
 * "dient de verwerker ...").
 */

export type ObligedParty = "processor" | "controller" | "subprocessor" | "both" | "none";

// Modal and obligation verbs in both languages. "Ensure"/"warrant" included: they bind the subject too.
const modal =
  /\b(?:shall|will|must|may|can|cannot|could|should|agrees? to|undertakes? to|commits? to|is (?:obliged|required|obligated|bound|entitled|permitted|allowed|responsible) to|are (?:obliged|required|obligated|bound|entitled|permitted|allowed|responsible) to|has to|have to|warrants?|guarantees?|represents?|ensures?|hereby|zal|zullen|dient|dienen|moet|moeten|mag|mogen|kan|kunnen|is gehouden|zijn gehouden|verplicht zich|verbindt zich|draagt(?: er)? zorg|staat(?: er)?(?: voor)? in|garandeert|is verplicht|zijn verplicht|is bevoegd|is gerechtigd|heeft het recht)\b/g;

const partyToken =
  /\b(?:processor|controller|subprocessors?|(?:both |each |either |the )?part(?:y|ies)|partijen|elke partij|iedere partij|beide partijen)\b/g;

function partyOf(token: string): ObligedParty {
  if (token.startsWith("subprocessor")) return "subprocessor";
  if (token === "processor") return "processor";
  if (token === "controller") return "controller";
  return "both";
}

// Phrases that contain "no"/"not" but do not negate the obligation.
const falseNegations =
  /\b(?:in no event|in any event|no later than|not later than|not exceeding|not only|not limited to|without limitation|niet later dan|niet alleen|no undue delay|not unreasonably|niet onredelijk|not less than|niet minder dan|no more than|if not|whether or not)\b/g;
const negation = /\b(?:not|never|no|nor|neither|niet|geen|nooit|noch|cannot)\b|n't\b/;

export interface ClauseReading {
  party: ObligedParty;
  negated: boolean;
}

/**
 * Reads the clause that governs the text at `position` of a normalised sentence: the party bound
 * by it and whether the obligation is negated between the modal verb and `position`.
 */
export function readClause(sentence: string, position: number): ClauseReading {
  const clauseStart = Math.max(sentence.lastIndexOf(";", position - 1) + 1, 0);
  const before = sentence.slice(clauseStart, position);
  let modalIndex = -1;
  let modalEnd = -1;
  modal.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = modal.exec(before)) !== null) {
    modalIndex = match.index;
    modalEnd = match.index + match[0].length;
  }
  let party: ObligedParty;
  if (
    englishPassive.test(before) ||
    (dutchPassive.test(before) && lastParty(before.slice(before.search(dutchPassive))) === "none")
  ) {
    party = "none";
  } else if (modalIndex >= 0) {
    const beforeModal = before.slice(0, modalIndex);
    // "Where the processor proposes …, it shall notify": the pronoun stands for the clause's first party.
    party = /,\s*(?:it|he|she|they|hij|zij)\s+$/.test(beforeModal)
      ? firstNamedParty(beforeModal)
      : lastParty(beforeModal);
    if (party === "none") party = firstParty(before.slice(modalEnd, modalEnd + 30));
  } else {
    party = lastParty(before);
  }
  const windowStart = modalIndex >= 0 ? modalIndex : Math.max(0, before.length - 40);
  const between = before.slice(windowStart).replace(falseNegations, " ");
  return { party, negated: negation.test(between) };
}

// A party right after a preposition, or right after "<party> <verb>" (Dutch "Verwerker informeert
// Verantwoordelijke"), is an object, not the subject.
const objectMarker =
  /(?:\b(?:to|aan|for|voor|of|van|with|met|by|door|jegens|towards|from|namens|upon|on|op|on behalf of|between|tussen)\s+(?:(?:the|de|het|each|every|any|all|its|their|a|an|iedere|elke|alle|zijn|haar)\s+)?|\b(?:processor|controller)\s+[\p{L}-]+\s+)$/u;

function lastParty(text: string): ObligedParty {
  const candidates: Array<{ party: ObligedParty; index: number; end: number }> = [];
  partyToken.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = partyToken.exec(text)) !== null) {
    // "processor's obligations", "controller's instructions": a possessive is not a subject.
    if (text.startsWith("'s", match.index + match[0].length)) continue;
    candidates.push({ party: partyOf(match[0]), index: match.index, end: match.index + match[0].length });
  }
  for (let position = candidates.length - 1; position >= 0; position--) {
    const candidate = candidates[position];
    if (!candidate) continue;
    // "the processor and its sub-processors shall …" binds the processor.
    if (
      candidate.party === "subprocessor" &&
      /\bprocessor (?:and|or|and\/or|en|of|en\/of) (?:the |its |any |de |zijn )?$/.test(text.slice(0, candidate.index))
    ) {
      return "processor";
    }
    if (objectMarker.test(text.slice(Math.max(0, candidate.index - 40), candidate.index))) continue;
    // Dutch infinitive clause: "Verantwoordelijke te informeren" makes the party the object.
    if (/^\s+te\s/.test(text.slice(candidate.end, candidate.end + 4))) continue;
    return candidate.party;
  }
  return "none";
}

function firstNamedParty(text: string): ObligedParty {
  partyToken.lastIndex = 0;
  const match = partyToken.exec(text);
  return match ? partyOf(match[0]) : "none";
}

// A passive verb names no agent before it: "personal data are deleted", "de subverwerkers worden gemeld".
const englishPassive = /\b(?:be|been|being|is|are|was|were|get|gets)\s+(?:\p{L}+ly\s+|immediately\s+|promptly\s+)?$/u;
const dutchPassive = /\b(?:wordt|worden|werd|werden)\b[^;]{0,80}$/;

// Dutch inversion puts the subject right after the modal verb: "zal (de) verwerker ...".
const partyRightAfterModal = /^\s*(?:de |het |the )?(processor|controller|subprocessors?)\b(?!')/;

function firstParty(text: string): ObligedParty {
  const match = partyRightAfterModal.exec(text);
  return match ? partyOf(match[1] ?? "") : "none";
}

/** The party a clause binds, judged for the whole sentence (its last modal verb). */
export function sentenceSubject(sentence: string): ObligedParty {
  return readClause(sentence, sentence.length).party;
}
