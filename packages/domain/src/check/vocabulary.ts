/**
 * Building blocks of the requirement patterns, written from the wording of Art. 28 GDPR / AVG and
 * ordinary contract drafting in English and Dutch. They match normalised sentences (see
 * normalise.ts): lower case, parties rewritten to "processor" / "controller", every kind of
 * sub-processor rewritten to "subprocessor". Bounded gaps (`[^.;]{0,80}`) instead of `.*`
 * keep matching linear.
 */

const compiled = new Map<string, RegExp>();
const numbers = new WeakMap<RegExp, number>();

/** A small number per compiled pattern, for remembering per sentence whether it matched. */
export function patternNumber(expression: RegExp): number {
  return numbers.get(expression) ?? -1;
}

/** How many patterns have been compiled (the size of a per-sentence memory). */
export function patternCount(): number {
  return compiled.size;
}

/**
 * Joins pattern source strings into one expression, compiled once. Equal sources share one
 * object, so the matcher can remember per sentence whether it matched.
 */
export function pattern(...parts: string[]): RegExp {
  const source = parts.join("");
  let expression = compiled.get(source);
  if (!expression) {
    expression = new RegExp(source, /\\p\{/.test(source) ? "u" : "");
    numbers.set(expression, compiled.size);
    compiled.set(source, expression);
  }
  return expression;
}

export const gap = (maximum: number): string => `[^.;]{0,${maximum}}`;

export const processor = String.raw`\bprocessor\b`;
export const controller = String.raw`\bcontroller\b`;
export const subprocessor = String.raw`\bsubprocessors?\b`;

export const personalData = String.raw`(?:personal data|personal information|persoonsgegevens|(?:customer|client|protected|controller) data|gegevens)`;

// Telling the other party. Dutch drafting splits many of these verbs around the object ("stelt
// Verwerkingsverantwoordelijke … in kennis", "brengt … op de hoogte", "licht … in", "deelt … mee"),
// so the separable forms carry a bounded gap; passives ("wordt … gemeld") count as well.
export const notifyVerb = String.raw`\b(?:notif(?:y|ies|ied|ying|ication)|inform(?:s|ed|ing)?|tell|alert(?:s)?|advise(?:s)?|apprise(?:s)?|report(?:s|ed|ing)?|communicat(?:e|es)|give (?:prompt |written |immediate )?notice|provide (?:prompt |written |immediate )?notice|(?:send|sends|serve|serves) (?:a )?(?:written )?notice|warn(?:s)?|let ${"(?:the )?"}controller know|(?:make|makes|keep|keeps) ${"(?:the )?"}controller (?:aware|informed)|bring${gap(40)}to the attention|pass(?:es)? on${gap(40)}to ${"(?:the )?"}controller|meld(?:t|en|ing)|gemeld|informeer(?:t)?|informeren|ge[iï]nformeerd|in kennis (?:stellen|stelt|te stellen|gesteld)|(?:stelt|stellen)${gap(80)}in kennis|kennisgeving|(?:stelt|stellen|brengt|brengen|houdt|houden)${gap(40)}op de hoogte|op de hoogte (?:stellen|brengen|te stellen|te brengen|houden|gesteld|gebracht)|(?:brengt|brengen)${gap(40)}ter kennis|ter kennis (?:brengen|gebracht)|licht(?:en)?${gap(70)}\bin\b|in te lichten|inlicht(?:en|t)|ingelicht|(?:deelt|delen)${gap(40)}\bmee\b|mede(?:delen|deling)|notificeer(?:t)?|waarschuw(?:t|en)|gewaarschuwd|laat weten|wijst${gap(40)}op)`;

// Helping the controller: "assists", "cooperates", Dutch "verleent medewerking/bijstand", "staat … bij",
// "werkt mee", "draagt bij", "ondersteunt", "faciliteert".
export const assistVerb = String.raw`\b(?:assist(?:s|ance|ing)?|help(?:s|ing)?|support(?:s|ing)?|co-?operat(?:e|es|ion|ing)|aid|contribut(?:e|es|ion|ing)|facilitat(?:e|es|ing)|provide (?:reasonable |all |such |any |necessary )?(?:assistance|cooperation|co-operation|help|support)|bijstand|hulp|help(?:t|en)|assisteer(?:t)?|assisteren|ondersteun(?:t|en|ing)?|medewerking|werkt${gap(30)}mee|mee(?:werken|te werken)|(?:staat|staan)${gap(40)}\bbij\b|bij te staan|bijstaan|(?:draagt|dragen)${gap(40)}\bbij\b|bij te dragen|bijdragen|faciliteer(?:t|en)?)`;

export const onlyWord = String.raw`\b(?:only|solely|exclusively|strictly|uitsluitend|alleen|enkel|slechts)\b`;

export const endOfContract = String.raw`\b(?:(?:has|have) ended|terminat(?:e|es|ed|ion)|expir(?:y|ation|es|ed)(?! of (?:the |a |any )?(?:deletion|retention|storage|erasure) (?:period|term))|end(?:s|ing)? of|the end|(?:agreement|contract|subscription|services?|term) (?:ends|has ended|expires|is terminated)|cessation|completion|conclusion|no longer (?:needed|necessary|required)|einde|be[eë]indig(?:ing|d|t)?|afloop|afgelopen|eindigt|niet langer (?:nodig|noodzakelijk))\b`;

export const lawRequires = String.raw`(?:\b(?:required|obliged|compelled|mandated|obligated|requested)\b${gap(80)}\b(?:by|under|pursuant to|to do so by)\b${gap(40)}\b(?:law|laws|legislation|union|member state|regulations?|court|authorit(?:y|ies)|government)|\b(?:law|laws|legislation)\b${gap(40)}\b(?:requires?|obliges?|compels?|mandates?)\b|\blegal(?:ly)? (?:requirements?|obligations?|required|obliged|compelled|binding)\b|\bstatutory (?:requirements?|obligations?)\b|\bwettelijk(?:e)? (?:voorschrift|verplichting|plicht|bepaling|vereiste|regeling)(?:en)?\b|\b(?:op grond van|krachtens)\b${gap(20)}\b(?:wet|wettelijk\w*|unierecht\w*|lidstatelijk\w*|recht van de unie)|\bwet(?:telijk)? verplicht\b|\b(?:verplicht|gehouden)\b${gap(30)}(?:op grond van|krachtens|door)${gap(20)}(?:wet|recht|regel)|\b(?:unierecht|lidstatelijk)\w*)`;

export const authorityDemand = String.raw`\b(?:subpoena|court order|law enforcement|government(?:al)? (?:body|bodies|authorit(?:y|ies)|agenc(?:y|ies)|requests?|orders?)|public authorit(?:y|ies)|competent authorit(?:y|ies)|regulatory (?:body|authority)|disclosure request|request for disclosure|requests? (?:for|to) (?:disclos|access)|legally binding (?:request|demand|order)|overheidsinstanties?|bevoegde (?:autoriteit|instantie)s?|justiti[eë]le|politie|opsporingsinstanties?|gerechtelijk(?:e)? (?:bevel|uitspraak)|vordering(?:en)? (?:van|tot))\b`;

export const instructionWord = String.raw`\b(?:instruct(?:ions?|ed|s)?|instructies?|instrueert|aanwijzing(?:en)?|opdracht(?:en)?)\b`;

// A personal data breach. "Inbreuk" and "breach" alone also mean an infringement ("een instructie
// maakt inbreuk op de AVG", "in breach of this agreement"); those uses are left out.
const infringementAfter = String.raw`(?! (?:maakt|maken|zou maken|op (?:de |het |andere |enige )?(?:avg|wet\w*|regelgeving|recht\w*|bepaling\w*|intellectuele|privacywet\w*|overeenkomst)))`;
const breachOfAgreementAfter = String.raw`(?! of (?:(?:this|the|its|any|applicable|their|these|such) )?(?:agreement|dpa|contract|laws?|legislation|obligations?|terms|clauses?|warrant(?:y|ies)|addendum|gdpr|avg|data protection (?:laws?|legislation|regulations?)|representations?|duty|duties)\b)`;
export const breachWord = String.raw`(?:\b(?:personal data breach(?:es)?|data breach(?:es)?|security breach(?:es)?|breach(?:es)? of (?:security|personal data|(?:the )?data|confidentiality)|security incidents?|(?:data|privacy|security) incidents?|incidents?|data leaks?|leaks?|datalek(?:ken)?|beveiligingsincident(?:en)?|beveiligingsinbreuk(?:en)?|incident(?:en)?|inbreuk(?:en)? (?:in verband met|met betrekking tot|op de beveiliging|op de bescherming van) )\b|\binbreuk(?:en)?\b${infringementAfter}|(?<!\bin )\bbreach(?:es)?\b${breachOfAgreementAfter})`;

export const delayWords = String.raw`\b(?:without (?:undue |unreasonable )?delay|promptly|immediately|forthwith|as soon as|asap|within \S+ (?:\(\d+\) )?(?:hours?|business days?|working days?|days?|calendar days?)|in a timely|timely|onverwijld|zonder (?:onnodige |onredelijke )?vertraging|zo spoedig mogelijk|zo snel mogelijk|direct|onmiddellijk|binnen \S+ (?:uur|werkdagen|werkdag|dagen|dag|kalenderdagen))\b`;

export const supervisoryAuthority = String.raw`\b(?:supervisory authorit(?:y|ies)|data protection authorit(?:y|ies)|autoriteit persoonsgegevens|toezichthouder|regulator)\b`;

export const deleteVerb = String.raw`\b(?:delet(?:e|es|ed|ion|ing)|eras(?:e|es|ed|ure|ing)|destroy(?:s|ed)?|destruction|return(?:s|ed|ing)?|hand(?:s)? over|give back|purg(?:e|es|ed)|anonymi[sz](?:e|es|ed|ation)|verwijder(?:t|en|d|ing)?|vernietig(?:t|en|d|ing)?|wis(?:t|sen)?|gewist|retourneer(?:t)?|retourneren|teruggeven|terug te geven|terugbezorg(?:en|t)|geeft${gap(60)}terug|terug(?:gave|levering|leveren)|overdragen|draagt${gap(40)}over|anonimiseer(?:t|en))\b`;

export const retainVerb = String.raw`\b(?:retain(?:s|ed)?|retention|keep(?:s)?|kept|store(?:s|d)?|storage|preserve(?:s|d)?|archiv(?:e|es|ed)|hold(?:s)?|bewaar(?:t)?|bewaren|bewaard|bewaartermijn|retentietermijn|behoud(?:t|en)?|opslaan|opgeslagen)\b`;

export const legalReason = String.raw`\b(?:law|laws|legal(?:ly)?|statutory|statute|required by|requires? (?:storage|retention)|union|member state|regulatory|tax|fiscal\w*|wet(?:telijk\w*)?|wetgeving|bewaarplicht\w*|unierecht\w*|lidstatelijk\w*|rechtens|verplicht)\b`;

export const auditWord = String.raw`\b(?:control\w* (?:of )?(?:the )?compliance|audit(?:s|ing|ed|or|ors)?|inspect(?:ion|ions|s|ed)?|on-?site (?:visits?|reviews?)|controle(?:s|ren|ert)?|gecontroleerd|inspectie(?:s)?|onderzoek(?:en)? ter plaatse)\b`;
