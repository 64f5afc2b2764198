/**
 * Measures the agreement check against labelled folders of the corpus.
 *
 *   npm run eval:check -- DIR [DIR…] [--errors]
 *
 * Each DIR holds `labels.json` and `<name>.txt` per document. Unsatisfied (missing or conflict)
 * is the positive class: a label `conflict` predicted as `missing` still counts as detected.
 * Prints precision, recall, two accuracies and confusion counts per folder, overall and per
 * requirement, and how fast the check ran. Documents labelled `is_dpa: false` are reported apart:
 * the question there is only whether the check said "not a processor agreement". Exits 0 whatever
 * the figures: thresholds are for people to judge.
 */

import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import {
  checkAgreement,
  requirementIds,
  type CheckResult,
  type RequirementId,
  type RequirementStatus,
  type StructuredDocument,
} from "@art28/domain";
import { readDocumentInProcess } from "../documents/index.ts";

type LabelValue = RequirementStatus | { status: RequirementStatus; evidence?: string };
interface DocumentLabels {
  language?: "nl" | "en";
  is_dpa?: boolean;
  requirements?: Record<string, LabelValue>;
}

interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  exactMatches: number;
  total: number;
}

function emptyCounts(): Counts {
  return { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0, exactMatches: 0, total: 0 };
}

function addPair(counts: Counts, label: RequirementStatus, prediction: RequirementStatus): void {
  const labelUnsatisfied = label !== "present";
  const predictionUnsatisfied = prediction !== "present";
  counts.total += 1;
  if (label === prediction) counts.exactMatches += 1;
  if (labelUnsatisfied && predictionUnsatisfied) counts.truePositive += 1;
  else if (!labelUnsatisfied && predictionUnsatisfied) counts.falsePositive += 1;
  else if (labelUnsatisfied && !predictionUnsatisfied) counts.falseNegative += 1;
  else counts.trueNegative += 1;
}

function merge(target: Counts, source: Counts): void {
  target.truePositive += source.truePositive;
  target.falsePositive += source.falsePositive;
  target.falseNegative += source.falseNegative;
  target.trueNegative += source.trueNegative;
  target.exactMatches += source.exactMatches;
  target.total += source.total;
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? "  n/a" : (numerator / denominator).toFixed(3);
}

function formatCounts(name: string, counts: Counts): string {
  const precision = ratio(counts.truePositive, counts.truePositive + counts.falsePositive);
  const recall = ratio(counts.truePositive, counts.truePositive + counts.falseNegative);
  const exact = ratio(counts.exactMatches, counts.total);
  const binary = ratio(counts.truePositive + counts.trueNegative, counts.total);
  return [
    name.padEnd(30),
    `precision ${precision}`,
    `recall ${recall}`,
    `accuracy(exact status) ${exact}`,
    `accuracy(satisfied/unsatisfied) ${binary}`,
    `tp ${counts.truePositive} fp ${counts.falsePositive} fn ${counts.falseNegative} tn ${counts.trueNegative}`,
  ].join("  ");
}

function statusOf(value: LabelValue): RequirementStatus {
  return typeof value === "string" ? value : value.status;
}

const knownIds = new Set<string>(requirementIds);

function readDocument(path: string): Promise<StructuredDocument> {
  return readDocumentInProcess({ bytes: new Uint8Array(readFileSync(path)), fileName: basename(path) });
}

interface Arguments {
  folders: string[];
  showErrors: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const folders = argv.filter((argument) => !argument.startsWith("--"));
  return { folders, showErrors: argv.includes("--errors") };
}

async function main(): Promise<void> {
  const { folders, showErrors } = parseArguments(process.argv.slice(2));
  if (folders.length === 0) {
    console.error("usage: npm run eval:check -- DIR [DIR…] [--errors]");
    return;
  }
  const overall = emptyCounts();
  const perRequirement = new Map<RequirementId, Counts>();
  let documents = 0;
  let characters = 0;
  let checkMilliseconds = 0;
  const notProcessorAgreementLines: string[] = [];
  const folderLines: string[] = [];
  const errorLines: string[] = [];
  let warmedUp = false;

  for (const folder of folders) {
    const directory = resolve(folder);
    const labels = JSON.parse(readFileSync(join(directory, "labels.json"), "utf8")) as Record<string, DocumentLabels>;
    const folderCounts = emptyCounts();
    for (const [name, documentLabels] of Object.entries(labels)) {
      const document = await readDocument(join(directory, `${name}.txt`));
      if (!warmedUp) {
        // The first call compiles every pattern; time the steady state, as a running server sees it.
        checkAgreement(document);
        warmedUp = true;
      }
      const started = performance.now();
      const result: CheckResult = checkAgreement(document);
      checkMilliseconds += performance.now() - started;
      documents += 1;
      characters += document.text.length;

      if (documentLabels.is_dpa === false) {
        const verdict = result.isProcessorAgreement
          ? "WRONG: called a processor agreement"
          : "ok: not a processor agreement";
        notProcessorAgreementLines.push(
          `  ${basename(directory)}/${name}: ${verdict} (${result.processorAgreementReason})`,
        );
        continue;
      }
      if (!result.isProcessorAgreement && showErrors) {
        errorLines.push(
          `${basename(directory)}/${name}: labelled a processor agreement, check says not: ${result.processorAgreementReason}`,
        );
      }
      const byId = new Map(result.requirements.map((requirement) => [requirement.id, requirement]));
      for (const [id, value] of Object.entries(documentLabels.requirements ?? {})) {
        if (!knownIds.has(id)) continue;
        const requirementId = id as RequirementId;
        const prediction = byId.get(requirementId);
        if (!prediction) continue;
        const label = statusOf(value);
        addPair(folderCounts, label, prediction.status);
        const counts = perRequirement.get(requirementId) ?? emptyCounts();
        addPair(counts, label, prediction.status);
        perRequirement.set(requirementId, counts);
        if (showErrors && (label === "present") !== (prediction.status === "present")) {
          const evidence = prediction.evidence[0];
          const where = evidence ? ` @ ${evidence.location}: ${evidence.text.slice(0, 160)}` : "";
          errorLines.push(
            `${basename(directory)}/${name}  ${id}  label=${label}  predicted=${prediction.status}${where}`,
          );
        } else if (showErrors && label !== prediction.status) {
          errorLines.push(
            `${basename(directory)}/${name}  ${id}  label=${label}  predicted=${prediction.status}  (same side, exact status differs)`,
          );
        }
      }
    }
    merge(overall, folderCounts);
    folderLines.push(formatCounts(basename(directory), folderCounts));
  }

  console.log("Unsatisfied (missing or conflict) is the positive class.\n");
  console.log("Per folder:");
  for (const line of folderLines) console.log(`  ${line}`);
  console.log(`\nOverall:\n  ${formatCounts("all folders", overall)}`);
  console.log("\nPer requirement (all folders):");
  for (const id of requirementIds) {
    const counts = perRequirement.get(id);
    if (counts) console.log(`  ${formatCounts(id, counts)}`);
  }
  if (notProcessorAgreementLines.length > 0) {
    console.log("\nDocuments labelled as not a processor agreement:");
    for (const line of notProcessorAgreementLines) console.log(line);
  }
  const seconds = checkMilliseconds / 1000;
  console.log(
    `\nSpeed (after one untimed warm-up check): ${documents} documents in ${checkMilliseconds.toFixed(0)} ms of checking = ${(documents / seconds).toFixed(1)} documents/s, ${(characters / 1_000_000 / seconds).toFixed(2)} MB/s of text`,
  );
  if (showErrors) {
    console.log(`\nDisagreements (${errorLines.length}):`);
    for (const line of errorLines) console.log(`  ${line}`);
  }
}

await main();
