// @ts-check
import javascript from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import typescript from "typescript-eslint";

export default typescript.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "packages/server/drizzle/**", "test-results/**", "data/**"] },
  javascript.configs.recommended,
  ...typescript.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use a const array and a union type; Node's type stripping cannot run enums." },
      ],
    },
  },
  {
    // The domain package runs in the browser too: no Node built-ins, no I/O.
    files: ["packages/domain/src/**/*.ts", "packages/contract/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "http", "child_process"], message: "Domain and contract code stays free of I/O." },
            { group: ["@art28/server", "@art28/web"], message: "Dependencies run one way: web → contract ← server → domain." },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/contract/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@art28/server", "@art28/web", "node:*"], message: "The contract depends on the domain and zod only." }] },
      ],
    },
  },
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@art28/server", "node:*"], message: "The web app talks to the server only through the API contract." }] },
      ],
    },
  },
);
