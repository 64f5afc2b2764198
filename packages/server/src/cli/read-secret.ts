import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { AppError } from "../errors.ts";

async function readAllStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function ask(question: string): Promise<string> {
  // Echo the prompt but not the typed characters.
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      reader.question(question, resolve);
      muted = true;
    });
  } finally {
    reader.close();
    process.stdout.write("\n");
  }
}

/** A secret from piped standard input, or typed twice on a terminal without echo. */
export async function readSecret(prompt: string, options: { confirm: string }): Promise<string> {
  if (!process.stdin.isTTY) {
    const secret = await readAllStandardInput();
    if (!secret)
      throw new AppError(
        "validation_failed",
        "Pipe the password to standard input, e.g. printf '%s' \"$PASSWORD\" | art28 user create …",
      );
    return secret;
  }
  const first = await ask(prompt);
  const second = await ask(options.confirm);
  if (first !== second) throw new AppError("validation_failed", "The two passwords differ.");
  return first;
}
