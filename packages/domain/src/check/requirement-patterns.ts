/**
 * For every requirement, the cues that show it is met. A cue is a combination of concepts that
 * must occur together (e.g. breach + notify + addressed to the controller), with a rule about who
 * must carry the obligation. A requirement is present when one of its cues matches one sentence.
 */

import type { RequirementId } from "./catalogue.ts";
import {
  assistVerb,
  auditWord,
  authorityDemand,
  breachWord,
  controller,
  delayWords,
  deleteVerb,
  endOfContract,
  gap,
  instructionWord,
  lawRequires,
  notifyVerb,
  onlyWord,
  pattern,
  personalData,
  processor,
  subprocessor,
  supervisoryAuthority,
} from "./vocabulary.ts";

export interface Cue {
  /**
   * The key phrase. When the cue binds the processor, the party and negation are read at the
   * position of this match.
   */
  anchor: RegExp;
  /** Further concepts that must all occur in the sentence. */
  also?: RegExp[];
  /** Concepts that must occur in the sentence, its heading, or the lead-in sentence of its list. */
  context?: RegExp[];
  /** Concepts that must not occur in the sentence. */
  unless?: RegExp[];
  /**
   * "processor": the obligation must not rest on the controller or a sub-processor (a sentence
   * without a subject, or with both parties, is accepted). "any": whoever is the subject.
   */
  actor: "processor" | "any";
  /** Whether "not", "niet", "geen"… before the anchor voids the cue. Prohibitions set this false. */
  negationVoids: boolean;
  /** 1 (weak) to 3 (strong); orders the evidence. */
  strength: number;
  /**
   * Only for `parties_roles`: the sentence speaks of "the processor" and "the controller" without
   * saying who they are, so it counts only when the document ties a name or defined term to a role
   * elsewhere.
   */
  rolesOnly?: boolean;
}

function cue(partial: Partial<Cue> & Pick<Cue, "anchor">): Cue {
  return { actor: "processor", negationVoids: true, strength: 2, ...partial };
}

// Groups of people whose data agreements typically process.
const personCategories = String.raw`\b(?:customers|clients|employees|staff|personnel|workers|users|end[- ]users|visitors|patients|students|pupils|citizens|residents|members|applicants|candidates|contacts|consumers|viewers|subscribers|guests|children|parents|inhabitants|tenants|taxpayers|participants|beneficiaries|claimants|job seekers|jobseekers|volunteers|suppliers|business contacts|bewoners|huurders|belastingplichtigen|deelnemers|uitkeringsgerechtigden|werkzoekenden|vrijwilligers|ondernemers|leveranciers|zorgvragers|cliënten|inwoners|medewerkers|werknemers|personeel|klanten|cli[eë]nten|gebruikers|eindgebruikers|bezoekers|pati[eë]nten|leerlingen|studenten|burgers|sollicitanten|kandidaten|leden|abonnees|ouders|kinderen|aanvragers)\b`;

const subprocessorOrOutsourcing = String.raw`${subprocessor}|\bsub-?contract\w*|\boutsourc\w*|\buitbested\w*|\buitbesteding\w*`;

// Making information available to the controller (Art. 28(3)(h), first half).
const informationAnchor = String.raw`\b(?:legt|leggen)\b${gap(30)}\b(?:documentatie|informatie|bewijs\w*|rapport\w*|certifica\w*|verklaring\w*)\b${gap(30)}\bover\b|\b(?:make[s]?|made|provide[sd]?|furnish\w*|supply|supplies|give[sn]?|disclose|share|submit\w*|available|ter beschikking|beschikbaar|verstrek\w*|verschaf\w*|toon\w* aan|overleg\w*|(?:legt|leggen)${gap(40)}over)\b[^.;(]{0,60}\b(?:information|informatie|documentation|documentatie|evidence|records|reports?|copies|copy|certificat\w*|rapport\w*|bewijs\w*|verklaring\w*|gegevens|kopie\w*)\b|\b(?:information|informatie|documentation|documentatie|evidence|reports?|certificat\w*|rapport\w*)\b[^.;(]{0,40}\b(?:available|ter beschikking|beschikbaar)\b|\b(?:provide|furnish|supply|give|levert|leveren|verschaft|verschaffen)\w*${gap(30)}\b(?:evidence|proof|bewijs)\b`;
// What the information is for: showing that the processor complies.
const demonstratingCompliance = String.raw`\b(?:demonstrat\w*|prove|proof|show(?:s|ing)? (?:that|compliance)|verify\w*|verification|check whether|assess\w* (?:the |its |processor's )?compliance|evidenc\w* (?:of )?(?:its |the |processor's |their )?complian\w*|satisf\w* (?:itself|himself|herself|themselves|himself\/herself)${gap(20)}\bcomplian\w*|aan te tonen|aantonen|aantoont|controleren of|toetsen of|nakoming${gap(40)}\b(?:te )?(?:controleren|toetsen|vast te stellen))\b`;
// Information for an audit serves the same end: the controller checks compliance with it.
const forAudits = String.raw`\b(?:audits?|inspections?|controles?|inspecties?)\b`;

export const requirementCues: Record<RequirementId, readonly Cue[]> = {
  parties_roles: [
    cue({
      anchor: pattern(
        String.raw`\b(?:acts?|acting|shall act|will act|is|are|be|being|treedt op|treden op|handelt|handelen|fungeert|fungeren|in (?:its|their|the) capacity|in de hoedanigheid|hereinafter|hereafter|hierna(?: te noemen)?|referred to)\b[\s:,"]{0,4}(?:as |als |van )?(?:the |a |an |de |een )?"?(?:processor|controller)\b`,
      ),
      also: [pattern(processor), pattern(controller)],
      actor: "any",
      negationVoids: true,
      strength: 3,
    }),
    cue({
      anchor: pattern(
        processor,
        gap(80),
        String.raw`\b(?:on behalf of|for and on behalf of|namens|in opdracht van|ten behoeve van)\b (?:the )?controller\b`,
      ),
      actor: "any",
      rolesOnly: true,
    }),
    cue({
      anchor: pattern(
        String.raw`\((?:as |als )?(?:the |a |an |de |een )?(?:data )?(?:processor|controller)\)|\b(?:controller and (?:the )?processor|processor and (?:the )?controller)\b${gap(40)}\b(?:agree|enter|conclude|komen overeen|sluiten)|\b(?:agreement|dpa|addendum|contract|made|entered into|concluded|executed|overeenkomst|gesloten|aangegaan)\b${gap(40)}\b(?:between (?:the )?(?:controller and (?:the )?processor|processor and (?:the )?controller)|tussen (?:de )?(?:controller en (?:de )?processor|processor en (?:de )?controller))\b`,
      ),
      actor: "any",
    }),
    cue({
      anchor: pattern(String.raw`^"?(?:processor|controller)"?\s*(?::|\(|means\b|betekent\b)`),
      actor: "any",
      strength: 1,
      rolesOnly: true,
    }),
  ],

  subject_matter: [
    cue({
      anchor: pattern(
        String.raw`\bsubject[- ]matter\b|\bsubject of (?:the |this )?(?:processing|agreement|dpa|data processing)\b|\bonderwerp\b|\bscope of (?:the )?processing\b`,
      ),
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:this|the|deze|de|het) (?:dpa|agreement|addendum|overeenkomst|verwerkersovereenkomst|data processing agreement)\b`,
        gap(30),
        String.raw`\b(?:applies to|covers|relates to|concerns|governs|regulates|heeft betrekking op|is van toepassing op|regelt)\b`,
        gap(100),
        String.raw`\b(?:process\w*|verwerk\w*)`,
      ),
      actor: "any",
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:process(?:es|ing)?|verwerkt|verwerken|verwerking)\b`,
        gap(100),
        String.raw`\b(?:in (?:the )?(?:context|course|connection|performance) of|for the (?:purpose|provision|performance) of|in order to (?:provide|perform|deliver)|to provide the|in het kader van|ten behoeve van (?:de|het) (?:dienst|levering|uitvoering|hoofdovereenkomst|overeenkomst)|bij (?:de )?uitvoering van|voor (?:het )?(?:leveren|verlenen|uitvoeren))\b`,
      ),
      // The data are those of the persons: "personal data … of residents", not "employees' access to data".
      also: [
        pattern(
          String.raw`${personalData}${gap(100)}\b(?:of|for|relating to|about|concerning|pertaining to|regarding|from|van|over|betreffende)\b (?:the |its |their |de |haar |zijn )?(?:controller's |controller |processor's )?(?:[\p{L}-]+ )?${personCategories}`,
        ),
      ],
      actor: "any",
      strength: 1,
    }),
    cue({
      anchor: pattern(
        String.raw`\bprocessor (?:provides?|offers?|delivers?|performs?|supplies|levert|verleent|biedt)\b${gap(60)}\b(?:services?|dienst\w*|hosting|software|platform|applications?|applicatie\w*)\b`,
      ),
      actor: "any",
      strength: 1,
    }),
  ],

  duration: [
    cue({
      anchor: pattern(
        String.raw`\bduration (?:of (?:the |this )?(?:processing|agreement|dpa|addendum|services?|contract|main agreement|data processing)|and (?:termination|term)\b${gap(80)}\b(?:process|agreement|term|force))|\bduration(?: of (?:the |this )?(?:processing|agreement|dpa|addendum|services?|contract|data processing))?\s*(?::|$|\b(?:is|are|shall|will|corresponds|equals|coincides|depends|follows|matches)\b)|\bduur (?:van (?:de |het |deze )?(?:verwerking|overeenkomst|opdracht|dienstverlening))|\bduur\s*:|\blooptijd\b|\bperiod of (?:the )?processing\b|\bterm of (?:the |this )?(?:processing|agreement|dpa|addendum)\b`,
      ),
      unless: [pattern(String.raw`\baudit\w*|\bretention\b|\bbewaar\w*`)],
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:until (?:the )?(?:termination|expiration|expiry|end)|(?:equal to|the same as|coincides with|corresponds to|linked to|tied to) the (?:term|duration)|processing (?:starts|begins|ends|will (?:start|begin|end|be carried out until))|process\w*${gap(60)}\buntil\b|verwerk\w*${gap(60)}\b(?:totdat|tot (?:het einde|de be[eë]indiging|het moment|de datum|afloop))\b|tot (?:het einde|de be[eë]indiging)|for (?:as long as|so long as|the (?:term|duration|period|life) of (?:the |this |any |each |its |de |het )?(?:[\p{L}-]+ )?(?:agreement|dpa|addendum|contract|processing|services?|subscription|order|engagement|relationship))|(?:as|so) long as${gap(60)}\b(?:process\w*|agreement|services?|contract|provides?|verwerk\w*)|zolang|gedurende (?:de|het) (?:looptijd|termijn|periode)|voor de duur van|voor (?:on)?bepaalde tijd|for an? (?:indefinite|definite|fixed|initial) (?:period|term))\b`,
      ),
      actor: "any",
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:remains?|shall remain|will remain|continues?|shall continue|will continue|blijft|blijven|is)\b`,
        gap(30),
        String.raw`\b(?:in (?:full )?(?:force|effect)|van kracht|in werking|geldig)\b`,
      ),
      actor: "any",
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:this|the|deze|de) (?:dpa|agreement|addendum|overeenkomst|verwerkersovereenkomst|processing)\b`,
        gap(80),
        String.raw`\b(?:terminates?|expires?|ends|shall (?:terminate|expire|end)|will (?:terminate|expire|end)|eindigt|vervalt|loopt af)\b(?! users?)`,
      ),
      actor: "any",
      strength: 1,
    }),
  ],

  nature_purpose: [
    cue({
      anchor: pattern(
        String.raw`\bnature\b${gap(40)}\b(?:processing|purpose)|\bpurposes? (?:of|for) (?:the |which |such |this )?(?:processing|data|agreement)|\b(?:purpose|goal)s?\b${gap(20)}\bprocess|\bfor the (?:sole |only |following |limited )?purposes? of\b|\baard\b${gap(40)}\b(?:verwerking|doel)|\bdoel(?:en|einden|stelling)?\b|\bverwerkingsdoel\w*|\bprocessing (?:activities|operations)\b|\bverwerkingsactiviteiten\b|\b(?:purpose|goal|aim)s? (?:of [\p{L} ]{1,40} )?(?:is|are) to\b`,
      ),
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:process(?:es|ing)?|verwerkt|verwerken)\b`,
        gap(80),
        String.raw`\b(?:in order to|so as to|to enable|for the provision|to provide|to perform|om ${gap(40)}te|ten behoeve van|teneinde)\b`,
      ),
      also: [pattern(personalData)],
      actor: "any",
      strength: 1,
    }),
  ],

  data_types: [
    cue({
      anchor: pattern(
        String.raw`${personalData}${gap(40)}\b(?:required|needed|processed|concerned|include|includes|including|such as|comprise|comprises|consist of|zijn|omvatten|waaronder|zoals|betreft)\b${gap(60)}:$|${personalData} (?:processed )?(?:may )?(?:include|includes|such as|comprise|comprises|consist of|omvatten|zoals)\b`,
      ),
      unless: [
        pattern(String.raw`\b(?:breach|incident|datalek|data protection officer|functionaris|contact point)\w*`),
      ],
      actor: "any",
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?<!special )(?:categor(?:y|ies)|types?|kinds?|sorts?|classes) of (?:the )?(?:personal )?(?:data|information)\b|\b(?:personal )?data (?:categories|types)\b|\b(?:soort(?:en)?|categorie(?:ën|en)?|type(?:s|n)?|aard) (?:van )?(?:de )?(?:persoons)?gegevens\b|\bpersoonsgegevens(?:categorie\w*|soorten)\b|\bspecial categor(?:y|ies) of (?:personal )?data (?:are|is|will|may|include|:)|\bbijzondere (?:categorie\w*|persoonsgegevens)\b${gap(20)}(?:worden|zijn|:)|\b(?:types|categories) of data\b`,
      ),
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:e-?mail address(?:es)?|ip[- ]address(?:es)?|contact (?:details|information|data)|identification (?:data|details)|first names?|last names?|full names?|date of birth|phone numbers?|telephone numbers?|user ?names?|contactgegevens|identificatiegegevens|e-?mailadres(?:sen)?|ip-?adres(?:sen)?|burgerservicenummer|bsn|geboortedatum|telefoonnummer(?:s)?|naw-gegevens|naam en adres|financi[eë]le gegevens|location data|locatiegegevens|usage data|gebruiksgegevens)\b`,
      ),
      unless: [
        pattern(String.raw`\b(?:data protection officer|functionaris|contact point|contactpersoon|breach|datalek)\w*`),
      ],
      actor: "any",
      strength: 1,
    }),
  ],

  data_subjects: [
    cue({
      anchor: pattern(
        String.raw`\b(?:categor(?:y|ies)|types?|groups?|kinds?|circle) of (?:the )?(?:data subjects?|persons concerned|individuals concerned|affected persons)\b|\bdata subjects? (?:concerned|include|includes|are|may include|comprise|affected|categories|such as)\b|\bcategorie(?:ën|en)? (?:van )?(?:de )?betrokkenen\b|\bbetrokkenen\s*:|\bbetrokkenen (?:zijn|zoals|omvatten|waaronder)\b|\bkring van (?:de )?betrokkenen\b|\bgroup of (?:people|persons|individuals)\b|\b(?:persons|individuals|people) (?:whose|to whom (?:the|these) (?:personal )?data (?:refer|relate))\b|\bindividuals (?:these|the) personal data (?:refer|relate)|\bwhose personal data (?:is|are|will be|may be) processed\b|\bvan wie (?:de )?persoonsgegevens\b`,
      ),
      unless: [
        pattern(
          String.raw`\b(?:approximate|estimated|geschatte)? ?number of (?:data subjects|records)|\baantal betrokkenen\b`,
        ),
      ],
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:of|for|relating to|about|concerning|pertaining to|regarding|from|van|over|betreffende)\b (?:the |its |their |de |haar |zijn )?(?:controller's |controller |processor's )?(?:[\p{L}-]+ )?${personCategories}`,
      ),
      // The data are those of the persons: "personal data … of residents", not "employees' access to data".
      also: [
        pattern(
          String.raw`${personalData}${gap(100)}\b(?:of|for|relating to|about|concerning|pertaining to|regarding|from|van|over|betreffende)\b (?:the |its |their |de |haar |zijn )?(?:controller's |controller |processor's )?(?:[\p{L}-]+ )?${personCategories}`,
        ),
      ],
      actor: "any",
      strength: 1,
    }),
  ],

  instructions: [
    cue({
      anchor: pattern(onlyWord, gap(100), instructionWord),
      actor: "processor",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:not|niet|never|nooit|geen)\b`,
        gap(100),
        String.raw`\b(?:other than|except|otherwise than|beyond|outside|save|unless|anders dan|behalve|buiten|tenzij)\b`,
        gap(60),
        instructionWord,
      ),
      actor: "processor",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:documented|written|schriftelijke?|gedocumenteerde?|vastgelegde?)\b (?:and |en )?(?:lawful |rechtmatige )?(?:instructions?|instructies?|opdracht|aanwijzingen)\b`,
      ),
      context: [pattern(String.raw`\b(?:process\w*|verwerk\w*|act|handel\w*)\b`)],
      actor: "processor",
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:process(?:es)?|verwerkt)\b`,
        gap(80),
        String.raw`\b(?:in accordance with|on the basis of|pursuant to|upon|on|under|following|op basis van|conform|overeenkomstig|volgens|in opdracht van)\b (?:the |de )?(?:controller's |processor's )?(?:instructions?|instructies?|opdracht)\b`,
      ),
      actor: "processor",
      strength: 1,
    }),
    cue({
      // "processes the data solely to provide the services in accordance with the main agreement": the
      // agreement itself is the documented instruction.
      anchor: pattern(
        onlyWord,
        gap(100),
        String.raw`\b(?:in accordance with|as (?:set out|described|specified|agreed) in|pursuant to|under|conform|overeenkomstig|volgens|zoals (?:beschreven|bepaald|overeengekomen) in|in het kader van)\b (?:the |this |de |het |deze )?(?:main |principal |master |underlying |services? |subscription )?(?:agreement|contract|hoofdovereenkomst|overeenkomst|opdracht|dienstverleningsovereenkomst)\b`,
      ),
      also: [pattern(String.raw`\b(?:process\w*|use|uses|verwerk\w*|gebruik\w*)\b`)],
      actor: "processor",
      strength: 1,
    }),
  ],

  legal_requirement_notice: [
    cue({
      // "Except where Article 28(3)(a) GDPR permits otherwise, …": the exception of Art. 28(3)(a)
      // is taken over with its condition, telling the controller beforehand.
      anchor: pattern(
        String.raw`\b(?:except|unless|save|other than|tenzij|behalve|uitgezonderd)\b${gap(40)}\bart(?:icle|ikel|\.)? ?28 ?\(3\) ?(?:(?:sentence|first sentence|zin) \d ?)?(?:\(|sub |onder |, )?a\b`,
      ),
      also: [pattern(instructionWord)],
      actor: "processor",
      negationVoids: false,
      strength: 1,
    }),
    cue({
      anchor: pattern(notifyVerb),
      context: [
        pattern(
          String.raw`${lawRequires}|\b(?:such|that|this|the|any such|a) (?:legal )?requirement\b|\bdeze (?:wettelijke )?verplichting\b`,
        ),
        pattern(
          String.raw`\b(?:before|prior|in advance|voorafgaand|vooraf|voordat|alvorens|unless|tenzij|prohibit\w*|verbiedt|verbieden|verboden)\b`,
        ),
      ],
      also: [pattern(String.raw`${lawRequires}|\brequirement\b|\bverplichting\b|\bvoorschrift\b`)],
      unless: [
        pattern(String.raw`\b(?:infring\w*|violat\w*|in strijd|strijdig|inbreuk|confidential\w*|geheimhouding\w*)\b`),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      // Telling the controller "before processing" is what Art. 28(3)(a) asks when the law demands processing.
      anchor: pattern(notifyVerb),
      also: [
        pattern(
          String.raw`\b(?:before|prior to) (?:the |such |any such |commencing |starting )?(?:processing|it processes|processing the|the processing)\b|\bvoorafgaand aan (?:de|die|deze) verwerking\b|\bvoordat (?:de |die |hij )?(?:verwerking|verwerkt)\b`,
        ),
      ],
      unless: [pattern(String.raw`\b(?:infring\w*|violat\w*|in strijd|strijdig|inbreuk)\b`)],
      actor: "processor",
      strength: 3,
    }),
    cue({
      // Orders and requests of authorities: the demand must come before any "unless" exception.
      anchor: pattern(notifyVerb),
      context: [pattern(String.raw`^(?:(?!\bunless\b|\btenzij\b|\bexcept\b)[^;])*?${authorityDemand}`)],
      actor: "processor",
      strength: 2,
    }),
    cue({
      // Old standard clauses: the processor tells the controller when the law keeps it from complying.
      anchor: pattern(notifyVerb),
      also: [
        pattern(
          String.raw`\b(?:cannot|unable to|not able to|inability to|prevents? (?:it|processor) from|niet in staat|kan${gap(20)}niet)\b${gap(60)}\b(?:compl\w*|fulfil\w*|nakom\w*|naleven|voldoen)`,
        ),
      ],
      context: [pattern(String.raw`${instructionWord}|\blegislation\b|\blaw\b|\bwet\w*`)],
      actor: "processor",
      strength: 1,
    }),
  ],

  international_transfers: [
    cue({
      // A third country named without its safeguards: weaker evidence than a clause naming them.
      anchor: pattern(
        String.raw`\b(?:third countr(?:y|ies)|international organi[sz]ations?|derde(?:n)? land(?:en)?|internationale organisaties?|doorgifte\w*|doorgeven|doorgegeven)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:standard contractual clauses|standard data protection clauses|sccs?|model (?:contract )?clauses|adequacy decisions?|adequate level of (?:data )?protection|binding corporate rules|chapter v|data privacy framework|privacy shield|(?:standaard|model)contractbepalingen|standaardbepalingen|passende waarborgen|adequaatheidsbesluit|hoofdstuk v)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:transfer\w*|export\w*|doorgifte|doorgeven)\b${gap(60)}\b(?:outside|beyond|out of|buiten|to (?:any )?(?:other )?(?:countr|territor)\w*)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
    cue({
      also: [
        pattern(
          String.raw`\b(?:data|gegevens|persoonsgegevens|servers?|hosting|hosted|stored|opgeslagen|processing|verwerking|backups?)\b`,
        ),
      ],
      anchor: pattern(
        String.raw`\b(?:transfer\w*|export\w*|move[sd]?|disclos\w*|access(?:ed)?|process(?:ed|ing)?|stored|hosted|located|verwerkt|opgeslagen|verwerking)\b`,
        gap(80),
        String.raw`\b(?:outside|beyond|out of|buiten|within|inside|in|binnen)\b (?:of )?(?:the |de )?(?:eu|eea|ewr|eer|european (?:union|economic area)|europese (?:unie|economische ruimte)|uk|united kingdom|switzerland)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
    cue({
      // "not outside countries that offer the same guarantees as the EU".
      anchor: pattern(
        String.raw`\b(?:outside|beyond|buiten)\b${gap(40)}\b(?:countr(?:y|ies)|landen|land|territor(?:y|ies)|jurisdictions?)\b`,
      ),
      also: [pattern(String.raw`\b(?:process\w*|transfer\w*|stor\w*|verwerk\w*|doorgeven|opslaan|opgeslagen)\b`)],
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
  ],

  confidentiality: [
    cue({
      // Not the confidentiality owed to data kept after the end under a legal duty to store
      // ("will guarantee the confidentiality of the data and no longer actively process them"):
      // that sentence belongs to deletion and return.
      anchor: pattern(
        String.raw`\b(?:ensures?|guarantees?|maintains?|waarborgt|garandeert|bewaakt)\b${gap(20)}\b(?:the )?(?:confidentiality|vertrouwelijkheid)\b`,
      ),
      unless: [pattern(String.raw`\b(?:anymore|any longer|no longer|retained|niet langer|niet meer)\b`)],
      actor: "processor",
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:confidential(?:ity)?|non-?disclosure|secrecy|geheimhouding\w*|vertrouwelijk\w*|geheim)\b`,
      ),
      // An auditor's duty of confidentiality is about the audit, not about the processor's staff.
      unless: [pattern(String.raw`\b(?:auditors?|inspection body|inspectors?|accountants?)\b`)],
      context: [
        pattern(
          String.raw`\b(?:persons?|personnel|employees|staff|individuals|anyone|authori[sz]ed|people|workers|agents|representatives|contractors|members|everyone|all those|medewerkers|werknemers|personeel|personen|functionarissen|iedereen|degenen|hulppersonen|ingeschakelde|toegang|access)\b`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:keep|treat|hold|maintain|houden|behandelen|behandelt|houdt)\b`,
        gap(60),
        String.raw`\b(?:confidential\w*|in confidence|secret|geheim|vertrouwelijk\w*)\b`,
      ),
      // The data are those of the persons: "personal data … of residents", not "employees' access to data".
      also: [
        pattern(
          String.raw`${personalData}${gap(100)}\b(?:of|for|relating to|about|concerning|pertaining to|regarding|from|van|over|betreffende)\b (?:the |its |their |de |haar |zijn )?(?:controller's |controller |processor's )?(?:[\p{L}-]+ )?${personCategories}`,
        ),
      ],
      actor: "processor",
      strength: 2,
    }),
  ],

  security: [
    cue({
      anchor: pattern(
        String.raw`\b(?:technical and organi[sz]ational|organi[sz]ational and technical|technical,? physical and organi[sz]ational|appropriate (?:technical|security|organi[sz]ational)|technische en organisatorische|organisatorische en technische|passende (?:technische|beveiligings|organisatorische))\b${gap(40)}\b(?:measures|maatregelen|safeguards|controls)\b|\bsecurity measures\b|\bbeveiligingsmaatregelen\b|\bart(?:icle|ikel)?\.? 32\b|\bsecurity of (?:the )?(?:processing|personal data)\b|\blevel of security\b|\bbeveiligingsniveau\b|\bbeveiliging van (?:de )?(?:verwerking|persoonsgegevens)\b|\bsecurity (?:standards|requirements|policy|program|programme)\b|\biso ?27001\b|\bbeveiligings(?:eisen|beleid|normen)\b`,
      ),
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(String.raw`\b(?:protect|secure|safeguard|beveilig\w*|beschermen|beschermt)\b`),
      also: [
        pattern(personalData),
        pattern(String.raw`\b(?:against|tegen|measures|maatregelen|unauthori[sz]ed|onbevoegd\w*|loss|verlies)\b`),
      ],
      actor: "processor",
      strength: 1,
    }),
  ],

  subprocessor_authorisation: [
    cue({
      anchor: pattern(
        String.raw`\b(?:prior|written|specific|general|express|explicit|voorafgaande?|schriftelijke?|specifieke?|algemene?|uitdrukkelijke?)\b${gap(30)}\b(?:authori[sz]ations?|consent|approval|permission|agreement|toestemming|goedkeuring|instemming|machtiging|akkoord)\b|\b(?:authori[sz]es?|authori[sz]ed|consents? to|approves?|approved|agrees? (?:to|that)|accepts?|permits?|allowed|permitted|may (?:engage|use|appoint)|is entitled to (?:engage|use|appoint)|toestemming|goedkeuring|instemming|machtiging|stemt in|geeft toestemming|verleent|akkoord|mag${gap(40)}inschakelen|is gerechtigd${gap(40)}in te schakelen)\b`,
      ),
      context: [pattern(String.raw`${subprocessor}|\bthird part(?:y|ies)\b|\bderden\b|\bsubcontract\w*|\buitbeste\w*`)],
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      // A closed list is a specific authorisation: "only the sub-processors listed in Annex 3".
      anchor: pattern(
        String.raw`${subprocessor}${gap(40)}\b(?:listed|set out|named|mentioned|identified|specified|included|vermeld|genoemd|opgenomen)\b|\b(?:the following|de volgende|these|deze)\b ${subprocessor}|\b(?:acknowledges?|accepts?|agrees?|erkent|aanvaardt|gaat akkoord)\b${gap(80)}${subprocessor}`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
  ],

  subprocessor_changes: [
    cue({
      anchor: pattern(
        String.raw`\bobject(?:ion|ions|s|ing)?\b|\b(?:disagree\w*|oppos\w*|refus\w* (?:to )?(?:consent|approve)|withhold\w* (?:its )?(?:consent|approval))\b|\bbezwaar\b|\bverzet\b|\bniet (?:akkoord|eens)\b|\bweiger\w*\b`,
      ),
      context: [pattern(subprocessor)],
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      anchor: pattern(notifyVerb),
      also: [
        pattern(
          String.raw`\b(?:changes?|additions?|replac\w*|new|intended|intends?|proposed|adding|add|appoint\w*|engag\w*|further|additional|commission\w*|prior to|in advance|wijziging(?:en)?|toevoeging(?:en)?|vervang\w*|nieuwe|voorgenomen|beoogde|inschakel\w*|toevoeg\w*|vooraf|voorafgaand)\b`,
        ),
      ],
      context: [pattern(subprocessor)],
      actor: "processor",
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:update[sd]?|change[sd]?|bijgewerkt|wijzig\w*)\b`,
        gap(60),
        String.raw`\b(?:list|overview|lijst|overzicht)\b`,
      ),
      also: [pattern(String.raw`\b(?:notif\w*|inform\w*|notice|subscribe\w*|email|e-mail|meld\w*|kennis)\b`)],
      context: [pattern(subprocessor)],
      actor: "any",
      strength: 1,
    }),
    cue({
      // With prior specific consent for every sub-processor, each change needs that consent too, so
      // the notice-and-objection rule for a general authorisation has nothing left to govern.
      anchor: pattern(
        String.raw`\b(?:not|no|geen|niet)\b${gap(80)}\b(?:without|zonder)\b (?:the |de )?(?:prior |express |voorafgaande |uitdrukkelijke )(?:and )?(?:specific |specifieke |separate |afzonderlijke )?(?:written |schriftelijke )?(?:consent|authori[sz]ation|approval|permission|toestemming|goedkeuring|instemming)\b`,
      ),
      also: [pattern(subprocessor)],
      unless: [pattern(String.raw`\b(?:general|algemene?)\b`)],
      actor: "processor",
      negationVoids: false,
      strength: 1,
    }),
  ],

  subprocessor_flowdown: [
    cue({
      anchor: pattern(
        String.raw`\b(?:same|identical|equivalent|similar|comparable|corresponding|no less (?:protective|onerous|stringent|restrictive)|at least (?:the same|equivalent|as (?:protective|stringent|restrictive))|substantially (?:the same|similar)|materially (?:the same|similar)|dezelfde|gelijke|gelijkwaardige|vergelijkbare|overeenkomstige|soortgelijke|ten minste dezelfde|minimaal dezelfde)\b${gap(100)}\b(?:obligations|requirements|terms|protections?|standards|level|conditions|restrictions|verplichtingen|eisen|voorwaarden|afspraken|bescherming(?:sniveau)?)\b|\b(?:obligations|requirements|verplichtingen|eisen)\b${gap(40)}\b(?:same|identical|equivalent|similar|comparable|corresponding|dezelfde|gelijkwaardig\w*|vergelijkbaar\w*)\b`,
      ),
      also: [pattern(subprocessorOrOutsourcing)],
      actor: "any",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:impos\w*|bind(?:s|ing)?|bound|requires? (?:each |the |any |all )?subprocessors?|flow(?:s|ed)? down|contractual(?:ly)?|written (?:agreement|contract)|agreement with|contract with|enter\w* into|opleggen|oplegt|opgelegd|legt${gap(60)}op|overeenkomst met|contractueel|schriftelijk\w*|apply to|applies to|extend\w* to|passed on to|gelden (?:ook )?voor|van toepassing op)\b`,
      ),
      also: [
        pattern(
          String.raw`\b(?:data protection|obligations|this (?:dpa|agreement|addendum)|the terms of this|regulations|provisions|verplichtingen|gegevensbescherming|deze (?:overeenkomst|verwerkersovereenkomst)|bepalingen)\b`,
        ),
        pattern(subprocessorOrOutsourcing),
      ],
      unless: [pattern(String.raw`\bliab\w*|\baansprakelijk\w*`)],
      actor: "any",
      strength: 2,
    }),
  ],

  subprocessor_liability: [
    cue({
      anchor: pattern(
        String.raw`\b(?:liable|liability|aansprakelijk\w*|answer(?:s|able)? for|instaan voor|staat in voor)\b|\b(?:remains?|remain(?:ing)?|fully|entirely|directly|volledig|blijft|blijven)\b${gap(20)}\b(?:responsible|verantwoordelijk)\b${gap(40)}${subprocessor}|\b(?:responsible|verantwoordelijk)\b${gap(30)}\b(?:acts|omissions|performance|conduct|failures?|fulfil\w*|nakoming|handelen|nalaten)\b`,
      ),
      context: [pattern(subprocessor)],
      unless: [
        pattern(
          String.raw`\bsubprocessors? (?:is|are|shall be|will be|remains?) (?:directly |solely )?(?:liable|responsible|aansprakelijk)`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:acts?|omissions?|failures?|performance|handelen|nalaten|tekortkomingen|gedragingen)\b${gap(20)}\bof\b${gap(20)}${subprocessor}|\b(?:as if|as though|alsof)\b${gap(60)}\b(?:own|its|itself|themselves|eigen|zelf)\b`,
      ),
      context: [
        pattern(String.raw`\b(?:liab\w*|responsib\w*|aansprakelijk\w*|verantwoordelijk\w*)\b`),
        pattern(subprocessor),
      ],
      actor: "processor",
      strength: 2,
    }),
  ],

  data_subject_rights: [
    cue({
      anchor: pattern(
        assistVerb +
          String.raw`|\b(?:respond\w*|answer\w*|handl\w*|deal with|forward\w*|redirect\w*|refer\w*|pass(?:es)? on|transmit\w*|doorsturen|doorgestuurd|doorgeleid|doorverwijz\w*|doorzenden|stuurt${gap(30)}door|afhandel\w*|beantwoord\w*)\b|` +
          notifyVerb,
      ),
      context: [
        pattern(
          String.raw`\b(?:data subjects?|betrokkenen?|affected (?:persons?|individuals?|people)|(?:particular|natural|concerned) persons?|persons? concerned|individuals?|chapter iii|hoofdstuk iii|articles? 1[2-9]|artikelen 1[2-9]|dsars?)\b`,
        ),
        pattern(
          String.raw`\b(?:rights?|requests?|inquir\w*|enquir\w*|complaints?|access|rectif\w*|correct\w*|eras\w*|delet\w*|portab\w*|restrict\w*|object\w*|verzoek\w*|rechten|inzage|correctie|verwijder\w*|bezwaar|vragen|dsars?)\b`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      // Art. 28(3)(e) in its own words: "the controller's obligation to respond to requests".
      anchor: pattern(assistVerb),
      also: [
        pattern(
          String.raw`\bobligations? to (?:respond|reply|answer)${gap(20)}\brequests\b|\bverplichting${gap(20)}\bverzoeken${gap(30)}\b(?:beantwoorden|te beantwoorden|af te handelen|behandelen)\b`,
        ),
      ],
      actor: "processor",
      strength: 2,
    }),
  ],

  assist_security: [
    cue({
      anchor: pattern(assistVerb),
      also: [
        pattern(
          String.raw`(?:${assistVerb})[^.]{0,250}(?:\bart(?:icle|ikel|s|t)?s?\.? ?32\b|\b32 ?(?:to|through|until|-|and|tot en met|t/m|tot|en|,) ?(?:33|34|35|36)\b|\bsecurity of (?:the )?(?:processing|(?:controller )?(?:personal )?data)\b|\b(?:controller's|its|their) (?:own )?security obligations\b|\bdata security\b|\bbeveiliging van de verwerking\b|\bbeveiligingsverplichting\w*|\bgegevensbeveiliging\b)`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(assistVerb),
      also: [
        pattern(
          String.raw`(?:${assistVerb})[^.]{0,250}(?:\bimplement\w* (?:of )?(?:appropriate )?(?:technical and organi[sz]ational )?security measures\b|\bsecurity measures\b|\bbeveiligingsmaatregelen\b)`,
        ),
      ],
      unless: [pattern(String.raw`\b(?:requests?|rights?|verzoeken|rechten)\b`)],
      actor: "processor",
      strength: 2,
    }),
  ],

  breach_notification: [
    cue({
      anchor: pattern(notifyVerb),
      context: [pattern(breachWord)],
      also: [pattern(String.raw`${controller}|${delayWords}`)],
      unless: [pattern(String.raw`\bsubject to\b${gap(30)}\bnotif`)],
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(assistVerb),
      context: [pattern(breachWord)],
      also: [
        pattern(
          String.raw`${supervisoryAuthority}|\bdata subjects?\b|\bbetrokkenen?\b|\bnotif\w*|\bmeld\w*|\bart(?:icle|ikel)?s?\.? ?3[34]\b`,
        ),
      ],
      actor: "processor",
      strength: 1,
    }),
  ],

  dpia_assistance: [
    cue({
      anchor: pattern(assistVerb + String.raw`|\b(?:provide|make available|verstrek\w*|stelt${gap(30)}beschikbaar)\b`),
      context: [
        pattern(
          String.raw`\b(?:data protection impact assessments?|data protection assessments?|dpias?|privacy impact assessments?|pias?|impact assessments?|prior consult\w*|gegevensbeschermingseffectbeoordeling(?:en)?|effectbeoordeling(?:en)?|prior consultations?|voorafgaande raadpleging|art(?:icle|ikel|s)?\.? ?3[56]\b|\b35 ?(?:and|en|-|,) ?36|\b3[23] ?(?:to|-|through|tot en met|t/m|tot) ?36)\b`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
    cue({
      // A list item "data protection impact assessments;" under "the processor shall assist with:".
      anchor: pattern(
        String.raw`\b(?:data protection impact assessments?|dpias?|gegevensbeschermingseffectbeoordeling(?:en)?|prior consultations?|voorafgaande raadpleging)\b`,
      ),
      context: [pattern(assistVerb)],
      actor: "processor",
      strength: 2,
    }),
  ],

  deletion_return: [
    cue({
      anchor: pattern(deleteVerb),
      context: [
        pattern(
          endOfContract +
            String.raw`|\b(?:upon|on|at) (?:the )?(?:controller's )?(?:written )?(?:request|choice|option|discretion|instruction)\b|\b(?:when|if|as) (?:so )?(?:requested|instructed)\b|\brequested by\b|\bat the (?:written )?request of\b|\b(?:delete|deletion|erasure) (?:instructions?|requests?)\b|\b(?:clos\w*|cancel\w*|terminat\w*|delet\w*) (?:of )?(?:the |their |its |an |your )?(?:account|subscription)s?\b|\b(?:op|naar) (?:eerste |schriftelijk )?(?:verzoek|keuze)\b|\bkeuze van\b`,
        ),
      ],
      also: [
        pattern(
          String.raw`${personalData}|\bdata\b(?! protection)|\bcopies\b|\bkopie[eë]n\b|\ball\b(?! (?:reasonable|necessary|appropriate|applicable))|\balle\b`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
  ],

  compliance_information: [
    cue({
      anchor: pattern(informationAnchor),
      also: [pattern(`${demonstratingCompliance}|${forAudits}`)],
      unless: [pattern(breachWord), pattern(String.raw`\bconcerns or questions\b`)],
      actor: "processor",
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:information|informatie)\b${gap(40)}\b(?:necessary|needed|required|nodig|noodzakelijk|vereist)\b${gap(40)}\b(?:demonstrat\w*|aan te tonen|aantonen|compliance|naleving)|\b(?:necessary|needed|required|relevant|benodigde|noodzakelijke|relevante)\b${gap(10)}\b(?:information|informatie)\b${gap(40)}\b(?:demonstrat\w*|aan te tonen|aantonen|compliance|naleving|check whether|verify)`,
      ),
      unless: [pattern(breachWord)],
      actor: "processor",
      strength: 3,
    }),
    cue({
      // "The processor shall ensure that the controller can satisfy itself of compliance. It provides
      // the necessary information and evidence": the purpose stands in the sentence before.
      anchor: pattern(informationAnchor),
      context: [pattern(demonstratingCompliance)],
      unless: [
        pattern(breachWord),
        pattern(
          String.raw`\bconcerns or questions\b|\b(?:to|for) (?:conduct|perform|carry out|prepare)\w*${gap(20)}\baudit`,
        ),
      ],
      actor: "processor",
      strength: 2,
    }),
  ],

  audits: [
    cue({
      anchor: pattern(
        String.raw`\b(?:allow\w*|permit\w*|contribut\w*|submit\w*|cooperat\w*|co-operat\w*|facilitat\w*|enable\w*|grant\w*|right|rights|entitled|may|can|conduct\w*|carry out|carried out|perform\w*|undertake\w*|request\w*|subject to|recht|mag|mogen|kan|bevoegd|gerechtigd|medewerking|meewerk\w*|mee te werken|werkt${gap(30)}mee|toestaan|toe te staan|staat${gap(30)}toe|mogelijk (?:maken|te maken)|(?:maakt|maken)${gap(60)}mogelijk|(?:draagt|dragen)${gap(40)}bij|bij te dragen|bijdragen|faciliteer\w*|(?:verleent|verlenen)${gap(30)}medewerking|(?:stelt|stellen)${gap(60)}in staat|in staat (?:te )?stellen|make\w*${gap(40)}available for|laten uitvoeren|uit(?:te)?voeren|uitvoeren|verricht\w*|onderwerpen|onderwerpt)\b`,
      ),
      also: [pattern(auditWord)],
      unless: [pattern(String.raw`\b(?:internal audit|financial audit|accounts?|(?:source )?code|open source)\b`)],
      actor: "any",
      strength: 3,
    }),
  ],

  infringing_instruction_notice: [
    cue({
      anchor: pattern(notifyVerb),
      also: [
        pattern(instructionWord),
        pattern(
          String.raw`\b(?:infring\w*|violat\w*|breach\w*|contraven\w*|conflicts? with|contrary to|in strijd|strijdig\w*|unlawful|illegal|not (?:be )?(?:in )?complian\w*|non-?complian\w*|not comply|inconsistent with|onrechtmatig\w*|onwettig\w*|inbreuk|niet in overeenstemming|not in accordance|not in line)\b`,
        ),
      ],
      actor: "processor",
      strength: 3,
    }),
  ],

  data_location: [
    cue({
      also: [
        pattern(
          String.raw`\b(?:data|gegevens|persoonsgegevens|servers?|hosting|hosted|stored|opgeslagen|processing|verwerking|backups?|infrastructu\w*|cloud)\b`,
        ),
      ],
      anchor: pattern(
        String.raw`\b(?:stored|hosted|processed|located|kept|housed|maintained|resides?|store|host|locat\w*|opgeslagen|gehost|verwerkt|bewaard|staan)\b${gap(60)}\b(?:in|within|inside|binnen|op)\b (?:the |de )?(?:eu|eea|eer|ewr|european|europe|europa|netherlands|nederland|germany|duitsland|france|frankrijk|ireland|ierland|sweden|zweden|finland|belgium|belgi[eë]|united states|usa|us|uk|united kingdom|switzerland|zwitserland|[\p{L}]+ data ?cent(?:er|re)s?|datacent\w*)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
    cue({
      anchor: pattern(
        String.raw`\bdata ?cent(?:er|re)s?\b|\bdatacentr?\w*|\b(?:location|locations|locatie|locaties|place|plaats) (?:of|van) (?:the |de )?(?:data|processing|verwerking|gegevens|servers?|opslag|storage)\b|\bhosting (?:location|region)\b|\b(?:region|regio)\b${gap(20)}\b(?:eu|europe|europa)`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 2,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:hosting|hosted|servers?|data ?cent\w*|opslag|storage|locati\w*|location|hosting infrastructu\w*)\b${gap(40)}\b(?:eu|eer|eea|europe|europa|nederland|netherlands|germany|duitsland|ireland|ierland|france|frankrijk|sweden|zweden|finland)\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 1,
    }),
    cue({
      anchor: pattern(
        String.raw`\b(?:outside|buiten|within|binnen)\b (?:of )?(?:the |de )?(?:eu|eea|eer|ewr|european (?:union|economic area)|europese (?:unie|economische ruimte))\b`,
      ),
      actor: "any",
      negationVoids: false,
      strength: 1,
    }),
  ],

  liability: [
    cue({
      anchor: pattern(
        String.raw`\b(?:liab(?:le|ility|ilities)|indemnif\w*|hold\w* harmless|aansprakelijk\w*|vrijwaar\w*|vrijwaring\w*|schadevergoeding\w*|damages)\b`,
      ),
      unless: [pattern(subprocessor)],
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
  ],

  termination: [
    cue({
      anchor: pattern(
        String.raw`\b(?:terminat(?:e|es|ed|ion)|expir(?:y|ation|es|e)|surviv\w*|opzeg\w*|be[eë]indig\w*|ontbind\w*|ontbonden|eindigt|van kracht|in (?:full )?force|remain in effect|renew(?:s|al|ed)?|gives? (?:written )?notice|stilzwijgend verlengd|wordt verlengd)\b`,
      ),
      also: [
        pattern(
          String.raw`\b(?:this|the|deze|de|het) (?:dpa|agreement|addendum|contract|overeenkomst|verwerkersovereenkomst|hoofdovereenkomst|main agreement|principal agreement|subscription|abonnement|dienstverlening)\b|\bsurviv\w*|\bblijven${gap(30)}van kracht`,
        ),
      ],
      unless: [pattern(deleteVerb)],
      actor: "any",
      negationVoids: false,
      strength: 3,
    }),
  ],
};

/**
 * Requirements that another requirement's clause also proves. A clause that announces new
 * sub-processors and lets the controller object only makes sense under a general written
 * authorisation (Art. 28(2), second sentence), so it shows that authorisation too.
 */
export const impliedBy: Partial<Record<RequirementId, readonly RequirementId[]>> = {
  subprocessor_authorisation: ["subprocessor_changes"],
  // "Processes personal data to run the parking permit system" says what the processing is about.
  subject_matter: ["nature_purpose"],
  // "The data stay within the EEA" settles transfers to third countries too.
  international_transfers: ["data_location"],
};
