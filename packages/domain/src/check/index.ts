export * from "./catalogue.ts";
export * from "./check-agreement.ts";
export { detectLanguage, checkLanguages, type CheckLanguage, type LanguageDetection } from "./language.ts";
export { findPartyTerms, type PartyTerms, type PartyRole } from "./parties.ts";
export { splitSentences } from "./sentences.ts";
