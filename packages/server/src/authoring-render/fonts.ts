/**
 * Noto Sans for the PDF: a font that covers every character of Dutch and English agreements
 * (ë, é, ï, ü, €, curly quotes) and may be embedded (SIL Open Font License). The TTF files
 * come from the @expo-google-fonts/noto-sans package.
 */
import { createRequire } from "node:module";

export const fontFaces = ["regular", "bold", "italic"] as const;
export type FontFace = (typeof fontFaces)[number];

const fontModules: Record<FontFace, string> = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  italic: "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
};

const require = createRequire(import.meta.url);

/** Where the TTF file of a face is installed. */
export function fontPath(face: FontFace): string {
  return require.resolve(fontModules[face]);
}
