/**
 * A word-by-word comparison of a clause before and after a proposed deviation, so the reader
 * sees at a glance what a proposal changes instead of reading two long texts side by side.
 */

/** A run of text that both versions share, or that only one of them has. */
export interface TextPart {
  kind: "same" | "removed" | "added";
  text: string;
}

// Words with the white space that follows them, so joining the parts gives the text back exactly.
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+\s*/g) ?? [];
}

// A clause has at most a few hundred words; beyond this the table would cost too much memory,
// and the comparison falls back to "all removed, all added".
const maximumCells = 4_000_000;

function pushPart(parts: TextPart[], kind: TextPart["kind"], text: string): void {
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The parts of `before` and `after` in reading order: the longest common sequence of words is
 * `same`, the rest `removed` (only in `before`) or `added` (only in `after`). Where a stretch
 * changed, its removed part comes before its added part. Words are compared without their
 * trailing white space, so a changed line break is no change.
 */
export function compareTexts(before: string, after: string): TextPart[] {
  const left = tokens(before);
  const right = tokens(after);
  const parts: TextPart[] = [];
  if ((left.length + 1) * (right.length + 1) > maximumCells) {
    if (before) parts.push({ kind: "removed", text: before });
    if (after) parts.push({ kind: "added", text: after });
    return parts;
  }
  const word = (token: string) => token.trimEnd();
  const width = right.length + 1;
  // lengths[i * width + j]: the longest common sequence of left[i..] and right[j..].
  const lengths = new Uint32Array((left.length + 1) * width);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        word(left[i]!) === word(right[j]!)
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (word(left[i]!) === word(right[j]!)) {
      pushPart(parts, "same", right[j]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      pushPart(parts, "removed", left[i]!);
      i++;
    } else {
      pushPart(parts, "added", right[j]!);
      j++;
    }
  }
  for (; i < left.length; i++) pushPart(parts, "removed", left[i]!);
  for (; j < right.length; j++) pushPart(parts, "added", right[j]!);
  return parts;
}

/** The text of one side of a comparison: `before` leaves out what was added, `after` what was removed. */
export function sideOf(parts: readonly TextPart[], side: "before" | "after"): TextPart[] {
  const hidden = side === "before" ? "added" : "removed";
  return parts.filter((part) => part.kind !== hidden);
}
