#!/usr/bin/env node
// The CLI is TypeScript run directly by Node 24's type stripping; this file only gives npm a
// JavaScript entry point to link as the `art28` command.
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(
    `Art28 needs Node.js 24 or later; this is ${process.version}. Run it through npm (npx art28, npm start), ` +
      "which uses the Node.js 24 installed with the project's dependencies.",
  );
  process.exit(1);
}
await import("../src/cli.ts");
