/**
 * `npm run bench`: reported figures, never pass/fail. The agreement check is timed on
 * agreements of 1, 10 and 50 pages (about 3,000 characters a page) after extraction, and its
 * text throughput is measured on a large agreement. The texts are Art28's own test
 * agreement, repeated with fresh article numbers. Then the register's dashboard and list are
 * timed on 2,000 organisations × 50 relationships (see `bench-register.ts`).
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { checkAgreement, paragraphsFromPlainText, structureDocument, type StructuredDocument } from "@art28/domain";
import { runRegisterBenchmark } from "./bench-register.ts";

const charactersPerPage = 3_000;
const base = fs
  .readFileSync(new URL("../packages/server/test/fixtures/verwerkersovereenkomst-volledig.md", import.meta.url), "utf8")
  .replace(/^#.*$/gm, "")
  .trim();

/** An agreement of about `pages` pages: the base text repeated, each copy as further articles. */
function agreementOfPages(pages: number): StructuredDocument {
  const parts: string[] = ["Verwerkersovereenkomst"];
  let copy = 0;
  while (parts.join("\n\n").length < pages * charactersPerPage) {
    const offset = copy * 12;
    parts.push(
      base.replace(
        /^(\d+)\.(\d+) /gm,
        (_match, article: string, clause: string) => `${Number(article) + offset}.${clause} `,
      ),
    );
    copy++;
  }
  const text = parts.join("\n\n").slice(0, Math.max(pages * charactersPerPage, 1));
  return structureDocument(paragraphsFromPlainText(text), "text", pages);
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, repetitions: number): number {
  run(); // warm up the regular expressions and the JIT
  const samples: number[] = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`Art28 benchmark — Node ${process.version}, ${new Date().toISOString()}`);
console.log("\nAgreement check (after extraction), median of repeated runs:");
for (const pages of [1, 10, 50]) {
  const document = agreementOfPages(pages);
  const milliseconds = time(() => checkAgreement(document), pages === 50 ? 15 : 40);
  console.log(
    `  ${String(pages).padStart(2)} pages (${document.text.length.toLocaleString("en")} characters): ${milliseconds.toFixed(1)} ms`,
  );
}

const large = agreementOfPages(300);
const largeMilliseconds = time(() => checkAgreement(large), 5);
const megabytesPerSecond = large.text.length / 1_000_000 / (largeMilliseconds / 1000);
console.log(
  `\nThroughput on ${large.text.length.toLocaleString("en")} characters: ${megabytesPerSecond.toFixed(2)} MB/s ` +
    `(${Math.round(large.text.length / (largeMilliseconds / 1000)).toLocaleString("en")} characters/s)`,
);

await runRegisterBenchmark();
