export * from "./document-model.ts";
export { type ClauseMarker, parseClauseMarker, toRoman } from "./clause-markers.ts";
export { type LineJoinOptions, paragraphsFromLines, paragraphsFromPlainText, type TextLine } from "./plain-text.ts";
export { locationSeparator, structureDocument } from "./structure.ts";
