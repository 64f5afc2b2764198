import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildHttpServer } from "../../packages/server/src/http/server.ts";
import { engines, startTestServer } from "../../packages/server/test/support/test-application.ts";
import { chromiumSkipReason } from "../environment.ts";
import { launchChromium } from "./browser.ts";

const webDistDirectory = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));

/** Why the browser suites cannot run here, or undefined when they can. */
export const browserSuiteSkipReason =
  chromiumSkipReason ??
  (fs.existsSync(`${webDistDirectory}/index.html`) ? undefined : "the web app is not built (npm run build)");

export interface WebTestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The whole application with demo data on in-memory PGlite, serving the built web app on a
 * free port of 127.0.0.1, for a browser to visit.
 */
export async function startWebTestServer(): Promise<WebTestServer> {
  const server = await startTestServer(engines[0]!);
  const http = await buildHttpServer(server.application, { logger: false, webDistDirectory });
  await http.listen({ port: 0, host: "127.0.0.1" });
  return {
    baseUrl: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`,
    async close() {
      await http.close();
      await server.close();
    },
  };
}

export interface BrowserSuite {
  baseUrl(): string;
  /** A page in a fresh browser context, so no cookies leak between tests. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Starts the web test server and Chromium before the suite's tests and stops both after
 * them. Call inside a `describe` block.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: WebTestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWebTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    baseUrl: () => server!.baseUrl,
    newPage: async (options) => (await browser!.newContext(options)).newPage(),
  };
}
