/**
 * Which words in this agreement denote the processor and which the controller. Agreements
 * rarely say "processor" throughout: they define "Supplier", "Opdrachtnemer", a company name or
 * simply write "we" and "you". We find the definitions that tie a term to a role and then
 * rewrite every mention of a term to the canonical words "processor" and "controller", so that
 * the requirement patterns can be written once for every agreement.
 */

export type PartyRole = "processor" | "controller";

export interface PartyTerms {
  processorTerms: string[];
  controllerTerms: string[];
}

/** The terms, plus the positions of the sentences that tie a name to a role (evidence for `parties_roles`). */
export interface PartyTermsWithEvidence extends PartyTerms {
  definingSentences: number[];
}

// Role words of the GDPR itself, in both languages; they always denote their role.
const processorRoleWords = ["processor", "data processor", "verwerker", "data importer", "gegevensimporteur"];
const controllerRoleWords = [
  "controller",
  "data controller",
  "verwerkingsverantwoordelijke",
  "verantwoordelijke",
  "data exporter",
  "gegevensexporteur",
];

const roleWordPattern =
  "(?:data[ -])?(?:sub-?)?(?:processor|controller)|verwerkingsverantwoordelijke|verantwoordelijke|verwerker|data (?:importer|exporter)";

/**
 * The same pattern with every letter as a two-case class. The name patterns below must stay
 * case-sensitive (a name starts with a capital), so the role words carry their own caselessness.
 */
function caseless(source: string): string {
  return source.replace(/\\p\{[^}]*\}|\\.|[a-z]/g, (part) =>
    part.length === 1 ? `[${part}${part.toUpperCase()}]` : part,
  );
}

// The names agreements usually give the parties; used when the text ties them to no role.
const usualProcessorNames = [
  "supplier",
  "vendor",
  "provider",
  "service provider",
  "contractor",
  "opdrachtnemer",
  "leverancier",
  "dienstverlener",
  "aanbieder",
];
const usualControllerNames = ["customer", "client", "opdrachtgever", "klant", "gemeente", "afnemer"];
const usualNames: Array<[string, PartyRole]> = [
  ...usualProcessorNames.map((term): [string, PartyRole] => [term, "processor"]),
  ...usualControllerNames.map((term): [string, PartyRole] => [term, "controller"]),
];
const titleCase = (term: string): string =>
  term.replace(/(^|\s)(\p{L})/gu, (_whole, space: string, letter: string) => space + letter.toUpperCase());
// Capitalised mid-sentence ("… the Supplier shall …"), or defined in quotes ("client").
const capitalisedUsualName = new RegExp(
  String.raw`[\p{L},;:] (${usualNames.map(([term]) => titleCase(term)).join("|")})(?![\p{L}-])`,
  "gu",
);
const quotedUsualName = new RegExp(String.raw`["“'](${usualNames.map(([term]) => term).join("|")})["”']`, "giu");

// Capitalised words that are defined terms of every agreement, never a party.
const notPartyNames = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "de",
  "het",
  "een",
  "deze",
  "dit",
  "agreement",
  "overeenkomst",
  "dpa",
  "personal data",
  "persoonsgegevens",
  "data",
  "services",
  "service",
  "dienst",
  "diensten",
  "gdpr",
  "avg",
  "party",
  "parties",
  "partij",
  "partijen",
  "annex",
  "bijlage",
  "article",
  "artikel",
  "section",
  "clause",
  "main agreement",
  "hoofdovereenkomst",
  "data subject",
  "data subjects",
  "betrokkene",
  "betrokkenen",
  "sub-processor",
  "subprocessor",
  "sub-processors",
  "subverwerker",
  "its",
  "it",
  "each",
  "either",
  "both",
  "law",
  "laws",
  "regulation",
  "eu",
  "eea",
  "member state",
  "union",
  "contract",
  "terms",
  "schedule",
  "appendix",
  "addendum",
  "processing",
  "verwerking",
  "instructions",
  "a party",
  "supervisory authority",
]);

const name = String.raw`(?<![\p{L}\d&'.-])(?:[\p{Lu}\d][\p{L}\d&'.-]*(?:[ ](?:[\p{Lu}\d][\p{L}\d&'.-]*|of|van|de|der|den|&)){0,4})`;
const quoted = String.raw`"([^"]{2,40})"`;
const nameOrQuoted = String.raw`(?:${quoted}|(${name}))`;
const role = `(${roleWordPattern})`;

// "Acme B.V. (hereinafter: "Processor")", "the Customer (as controller)", "Klant (Verwerkingsverantwoordelijke)".
const nameThenRoleInBrackets = new RegExp(
  caseless(
    String.raw`${nameOrQuoted},?\s*\(\s*(?:hereinafter|hereafter|hierna(?: te noemen)?|below|as|als|acting as|the|de|het)?[\s:,]*(?:referred to as|called|genoemd)?[\s:]*(?:the |de |het |a |an )?"?${role}"?\s*\)`,
  ),
  "gu",
);
// "de Verwerker (Leverancier)", "Processor ("Supplier")".
const roleThenNameInBrackets = new RegExp(
  caseless(
    String.raw`\b${role}"?\s*\(\s*(?:hereinafter|hereafter|hierna(?: te noemen)?|i\.e\.|namely|te weten)?[\s:,]*(?:the |de |het )?${nameOrQuoted}\s*\)`,
  ),
  "gu",
);
// "Acme Ltd, hereafter referred to as the processor", "X, hierna te noemen: Verwerker".
const nameHereinafterRole = new RegExp(
  caseless(
    String.raw`${nameOrQuoted},?\s+(?:hereinafter|hereafter|hierna)(?: referred to as| called| te noemen| genoemd)?[\s:,]*(?:the |de |het |a |an )?"?${role}"?(?![\p{L}-])`,
  ),
  "gu",
);
// "acting as processor, hereinafter "Supplier"".
const roleHereinafterName = new RegExp(
  caseless(
    String.raw`\b(?:as|als) (?:the |a |an |de |een )?${role},?\s+(?:hereinafter|hereafter|hierna)(?: referred to as| called| te noemen| genoemd)?[\s:,]*(?:the |de |het )?${quoted}`,
  ),
  "gu",
);
// "Acme acts as processor", "Customer is the controller", "Klant treedt op als verwerkingsverantwoordelijke".
const nameActsAsRole = new RegExp(
  caseless(
    String.raw`(?:^|[\s,;(])(?:the |de |het )?${nameOrQuoted}\s+(?:(?:acting|acts|shall act|will act|act|is|are|shall be|will be|remains|operates|treedt op|handelt|fungeert|geldt)\s+)?(?:(?:as|als|in (?:its|their|his|her) capacity as|in de hoedanigheid van)\s+)(?:the |a |an |de |een |its |your |our )?${role}(?![\p{L}-])`,
  ),
  "gu",
);
const nameIsRole = new RegExp(
  caseless(
    String.raw`(?:^|[\s,;(])(?:the |de |het )?${nameOrQuoted}\s+(?:is|are|shall be|will be|remains|acts|act|blijft|zijn)\s+(?:the |a |an |de |een |its |their |your |our |haar |zijn |uw )?${role}(?![\p{L}-])`,
  ),
  "gu",
);
// ""Processor" means Acme Ltd", ""Verwerker": Acme B.V.".
const roleMeansName = new RegExp(
  caseless(String.raw`"${role}"\s*(?:means|shall mean|refers to|betekent|:)\s*(?:the |de |het )?${nameOrQuoted}`),
  "gu",
);
// ""Customer" means the entity that acts as controller".
const nameMeansWithRole = new RegExp(
  caseless(String.raw`${quoted}\s*(?:means|shall mean|refers to|betekent|:)([^.;]{0,160})`),
  "gu",
);
const roleInDefinitionBody = new RegExp(
  caseless(
    String.raw`\b(?:as|als|is|being|acting as|in (?:its|the) capacity (?:as|of)|in de hoedanigheid van)\s+(?:the |a |an |de |een )?${role}(?![\p{L}-])`,
  ),
  "u",
);
// "Acme B.V. ("Supplier"), acting as processor", "hierna: "Opdrachtnemer", in de hoedanigheid van verwerker".
const quotedThenRole = new RegExp(
  caseless(
    String.raw`${quoted}\s*\)?,?\s*(?:(?:acting|handelend|who is|which is|die|dat|hereinafter)\s+)?(?:as|als|in (?:its|the|their) capacity (?:as|of)|in de hoedanigheid van|acts as|treedt op als|optredend als)\s+(?:the |a |an |de |een )?${role}(?![\p{L}-])`,
  ),
  "gu",
);
// "Acme Ltd (hereinafter: "Provider")": two names for one party, whichever role either gets.
const aliasInBrackets = new RegExp(
  caseless(
    String.raw`(${name}),?\s*\(\s*(?:hereinafter|hereafter|hierna(?: te noemen)?|below)?[\s:,]*(?:referred to as|called|genoemd)?[\s:]*(?:the |de |het )?${quoted}\s*\)`,
  ),
  "gu",
);
// Annex or header lines "Processor: Acme B.V.", "Verwerker: Acme".
const roleColonName = new RegExp(caseless(String.raw`^\s*${role}\s*:\s*(?:the |de |het )?${nameOrQuoted}\s*$`), "u");

// "the customer is the controller", "the client (as controller)": usual names, in any case.
const usualNameHasRole = new RegExp(
  caseless(
    String.raw`\b(?:the |de |het )?(${[...usualProcessorNames, ...usualControllerNames].join("|")})\s*\(?\s*(?:is|are|acts as|shall act as|will act as|as|treedt op als|is de|als)\s+(?:the |a |an |de |een |its |their )?${role}(?![\p{L}-])`,
  ),
  "gu",
);

const personalPronoun = /\b(?:we|us|our|wij|ons|onze|you|your|uw|jij)\b/;
// A role word right after "as", "is", "acts" and the like: the sentence may state who has which role.
const roleStatement =
  /\b(?:as|als|is|are|acts?|blijft|zijn|hoedanigheid van|capacity as)\s+(?:the |a |an |de |een |its |their |your |our |haar |zijn |uw )?(?:data[ -])?(?:sub-?)?(?:processor|controller|verwerker|verwerkingsverantwoordelijke|verantwoordelijke|data importer|data exporter)/;

const mentionsRole = /processor|controller|verwerker|verantwoordelijke|importer|exporter/;

const weIsProcessor =
  /\b(?:we|wij|us)\s+(?:act|are|shall act|will act|acts|treden op|zijn|handelen|fungeren)\s+(?:only\s+)?(?:as\s+|als\s+)?(?:the\s+|a\s+|your\s+|uw\s+|de\s+|een\s+)?(?:data\s+)?(?:processor|verwerker)\b/iu;
const youIsController =
  /\b(?:you|u|jij)\s+(?:act|are|shall act|will act|treedt op|bent|handelt|fungeert|blijft|remain)\s+(?:as\s+|als\s+)?(?:the\s+|a\s+|de\s+|een\s+)?(?:data\s+)?(?:controller|verwerkingsverantwoordelijke|verantwoordelijke)\b/iu;
const weIsController =
  /\b(?:we|wij)\s+(?:act|are|acts|treden op|zijn|handelen|fungeren)\s+(?:as\s+|als\s+)?(?:the\s+|a\s+|an\s+|de\s+|een\s+)?(?:independent\s+|zelfstandig\s+)?(?:data\s+)?(?:controller|verwerkingsverantwoordelijke)\b/iu;

// "Acme B.V., gevestigd te Tilburg, hierna te noemen …": the name before "hierna" is then a
// seat or a signatory, not the party.
const placeOrPersonBefore =
  /\b(?:gevestigd|statutair gevestigd|kantoorhoudend(?:e)?|wonende|vestigingsplaats|located|established|registered|domiciled|seated|with (?:its )?(?:registered )?(?:office|seat|address))(?: (?:te|in|at|aan|op))?\s*$|\b(?:vertegenwoordigd door|represented by|rechtsgeldig vertegenwoordigd door)(?: (?:de heer|mevrouw|mr\.?|mrs\.?|ms\.?|dhr\.?|mw\.?))?\s*$/i;

function namesPlaceOrPerson(textBefore: string): boolean {
  return placeOrPersonBefore.test(textBefore);
}

function roleOf(roleWord: string): PartyRole {
  return /processor|verwerker$|importer/i.test(roleWord) ? "processor" : "controller";
}

function cleanTerm(raw: string): string | null {
  const term = raw
    .replace(/^(?:the|de|het|a|an)\s+/i, "")
    .replace(/[\s,.:;]+$/, "")
    .trim();
  if (term.length < 2 || term.length > 60) return null;
  const lower = term.toLowerCase();
  if (notPartyNames.has(lower)) return null;
  if (new RegExp(`^(?:${roleWordPattern})s?$`, "i").test(lower)) return null;
  if (/^\d/.test(term)) return null;
  return lower;
}

/** Evidence that a term has a role, as a count per role. */
class RoleVotes {
  private readonly votes = new Map<string, { processor: number; controller: number }>();
  readonly sentences = new Set<number>();
  current = -1;
  add(term: string | null, partyRole: PartyRole, weight = 1): void {
    if (!term) return;
    if (this.current >= 0) this.sentences.add(this.current);
    const entry = this.votes.get(term) ?? { processor: 0, controller: 0 };
    entry[partyRole] += weight;
    this.votes.set(term, entry);
  }
  has(term: string): boolean {
    return this.votes.has(term);
  }
  result(): PartyTerms {
    const processorTerms: string[] = [];
    const controllerTerms: string[] = [];
    for (const [term, entry] of this.votes) {
      if (entry.processor > entry.controller) processorTerms.push(term);
      else if (entry.controller > entry.processor) controllerTerms.push(term);
    }
    return { processorTerms, controllerTerms };
  }
}

function normaliseQuotes(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚`´]/g, "'")
    .replace(/(^|[\s(])'([^']{2,40})'(?=[\s),.;:]|$)/g, '$1"$2"')
    .replace(/[*_]{1,3}/g, "")
    .replace(/\u00a0/g, " ");
}

/**
 * Finds the terms that denote the processor and the controller. `sentences` are the document's
 * sentences in reading order, as written.
 */
export function findPartyTerms(sentences: readonly string[]): PartyTermsWithEvidence {
  const votes = new RoleVotes();
  const aliases: Array<[string, string]> = [];
  let weProcessor = 0;
  let weController = 0;
  let youController = 0;
  let firstPersonCount = 0;
  let secondPersonCount = 0;

  sentences.forEach((rawSentence, position) => {
    votes.current = position;
    const rawLower = rawSentence.toLowerCase();
    const mentionsPerson = position < 400 && personalPronoun.test(rawLower);
    // Most sentences neither define a party nor speak in the first person: skip them cheaply.
    if (!mentionsPerson && !mentionsRole.test(rawLower) && !(rawLower.includes("(") && position < 300)) return;
    const sentence = normaliseQuotes(rawSentence);
    const lower = sentence.toLowerCase();
    if (lower.includes("(") && lower.includes('"') && position < 300) {
      for (const match of sentence.matchAll(aliasInBrackets)) {
        const first = cleanTerm(match[1] ?? "");
        const second = cleanTerm(match[2] ?? "");
        if (first && second) aliases.push([first, second]);
      }
    }
    // Cheap filters first: most sentences cannot define a party.
    if (mentionsRole.test(lower)) {
      if (lower.includes("(")) {
        for (const match of sentence.matchAll(nameThenRoleInBrackets)) {
          votes.add(cleanTerm(match[1] ?? match[2] ?? ""), roleOf(match[3] ?? ""), 2);
        }
        for (const match of sentence.matchAll(roleThenNameInBrackets)) {
          votes.add(cleanTerm(match[2] ?? match[3] ?? ""), roleOf(match[1] ?? ""), 2);
        }
      }
      if (lower.includes('"')) {
        for (const match of sentence.matchAll(quotedThenRole)) {
          votes.add(cleanTerm(match[1] ?? ""), roleOf(match[2] ?? ""), 2);
        }
      }
      if (/hereinafter|hereafter|hierna/.test(lower)) {
        for (const match of sentence.matchAll(nameHereinafterRole)) {
          if (namesPlaceOrPerson(sentence.slice(0, match.index))) continue;
          votes.add(cleanTerm(match[1] ?? match[2] ?? ""), roleOf(match[3] ?? ""), 2);
        }
        for (const match of sentence.matchAll(roleHereinafterName)) {
          votes.add(cleanTerm(match[2] ?? ""), roleOf(match[1] ?? ""), 2);
        }
      }
      if (lower.includes('"')) {
        for (const match of sentence.matchAll(roleMeansName)) {
          votes.add(cleanTerm(match[2] ?? match[3] ?? ""), roleOf(match[1] ?? ""), 2);
        }
        for (const match of sentence.matchAll(nameMeansWithRole)) {
          const roleMatch = roleInDefinitionBody.exec(match[2] ?? "");
          if (roleMatch) votes.add(cleanTerm(match[1] ?? ""), roleOf(roleMatch[1] ?? ""), 2);
        }
      }
      // Role statements stand in the opening and the definitions; later sentences rarely define.
      const statesRole = roleStatement.test(lower);
      if (statesRole && (position < 200 || /capacity|hoedanigheid/.test(lower))) {
        for (const expression of [nameActsAsRole, nameIsRole]) {
          for (const match of sentence.matchAll(expression)) {
            const candidate = match[1] ?? match[2] ?? "";
            if (/^(?:we|wij|you|u|it|he|she|they|which|who|that|this|each|either|party)$/i.test(candidate)) continue;
            votes.add(cleanTerm(candidate), roleOf(match[3] ?? ""));
          }
        }
      }
      if (statesRole) {
        for (const match of sentence.matchAll(usualNameHasRole)) {
          votes.add(cleanTerm(match[1] ?? ""), roleOf(match[2] ?? ""), 2);
        }
      }
      if (lower.includes(":")) {
        const colon = roleColonName.exec(sentence);
        if (colon) votes.add(cleanTerm(colon[2] ?? colon[3] ?? ""), roleOf(colon[1] ?? ""));
      }
    }

    if (!mentionsPerson) return;
    if (weIsProcessor.test(sentence)) {
      weProcessor += 1;
      votes.sentences.add(position);
    }
    if (weIsController.test(sentence)) weController += 1;
    if (youIsController.test(sentence)) youController += 1;
    firstPersonCount += (lower.match(/\b(?:we|us|our|wij|ons|onze)\b/g) ?? []).length;
    secondPersonCount += (lower.match(/\b(?:you|your|uw)\b/g) ?? []).length;
  });

  votes.current = -1;
  addUsualNames(sentences, votes);
  const result = votes.result();
  for (const [first, second] of aliases) {
    for (const terms of [result.processorTerms, result.controllerTerms]) {
      if (terms.includes(first) && !terms.includes(second) && !isAssigned(result, second)) terms.push(second);
      if (terms.includes(second) && !terms.includes(first) && !isAssigned(result, first)) terms.push(first);
    }
  }
  // "We" and "you" are only rewritten when the text ties them to a role, or when a supplier's
  // text clearly speaks in the first person to its customer and never calls itself controller.
  const firstPersonIsProcessor =
    weProcessor > weController || (weController === 0 && firstPersonCount >= 5 && secondPersonCount >= 3);
  if (firstPersonIsProcessor) {
    result.processorTerms.push("we", "us", "our", "wij", "ons", "onze");
    if (youController > 0 || secondPersonCount >= 3) result.controllerTerms.push("you", "your", "uw");
  } else if (youController > 0) {
    result.controllerTerms.push("you", "your");
  }
  return {
    processorTerms: unique(result.processorTerms),
    controllerTerms: unique(result.controllerTerms),
    definingSentences: [...votes.sentences].sort((left, right) => left - right),
  };
}

/**
 * Usual party names count only when the text uses them as a defined term: capitalised
 * mid-sentence, or defined in quotes ("hereinafter referred to as "client"").
 */
function addUsualNames(sentences: readonly string[], votes: RoleVotes): void {
  const counts = new Map<string, number>();
  const text = sentences.join("\n");
  for (const match of text.matchAll(capitalisedUsualName)) {
    const term = (match[1] ?? "").toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  for (const match of text.matchAll(quotedUsualName)) {
    const term = (match[1] ?? "").toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 2);
  }
  for (const [term, partyRole] of usualNames) {
    if (!votes.has(term) && (counts.get(term) ?? 0) >= 2) votes.add(term, partyRole);
  }
}

function isAssigned(terms: PartyTerms, term: string): boolean {
  return terms.processorTerms.includes(term) || terms.controllerTerms.includes(term);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites party mentions to "processor" / "controller" in an already lower-cased text. */
export interface PartyRewriter {
  rewrite(lowerCaseText: string): string;
}

/** Builds one replacement expression for all terms, longest first so "data processor" wins over "processor". */
export function createPartyRewriter(terms: PartyTerms): PartyRewriter {
  const entries: Array<[string, PartyRole]> = [
    ...processorRoleWords.map((term): [string, PartyRole] => [term, "processor"]),
    ...controllerRoleWords.map((term): [string, PartyRole] => [term, "controller"]),
    ...terms.processorTerms.map((term): [string, PartyRole] => [term.toLowerCase(), "processor"]),
    ...terms.controllerTerms.map((term): [string, PartyRole] => [term.toLowerCase(), "controller"]),
  ];
  const roleByTerm = new Map<string, PartyRole>();
  for (const [term, partyRole] of entries) if (!roleByTerm.has(term)) roleByTerm.set(term, partyRole);
  const alternatives = [...roleByTerm.keys()].sort((left, right) => right.length - left.length).map(escapeRegExp);
  const pattern = new RegExp(String.raw`(?<![\p{L}\d-])(?:${alternatives.join("|")})(?:'s)?(?![\p{L}\d])`, "gu");
  return {
    rewrite(lowerCaseText: string): string {
      return lowerCaseText.replace(pattern, (found) => {
        const possessive = found.endsWith("'s");
        const term = possessive ? found.slice(0, -2) : found;
        const partyRole = roleByTerm.get(term);
        if (!partyRole) return found;
        return possessive ? `${partyRole}'s` : partyRole;
      });
    },
  };
}
