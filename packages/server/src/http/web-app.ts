import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

export const defaultWebDistDirectory = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/**
 * Serves the built web app, with every unknown non-API GET answered by index.html so that
 * client-side routes survive a reload. Unknown /api paths stay problem+json 404s.
 */
export async function registerWebApp(app: FastifyInstance, distDirectory: string): Promise<void> {
  const indexFile = path.join(distDirectory, "index.html");
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, { root: distDirectory, wildcard: false, index: false });
  } else {
    app.log.warn(`The web app is not built (${indexFile} is missing); run "npm run build". The API works without it.`);
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/") && request.url !== "/api";
    if (isPage && built) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    if (isPage) {
      return reply
        .status(503)
        .type("text/plain; charset=utf-8")
        .send(
          'De webapp is nog niet gebouwd: voer "npm run build" uit.\nThe web app has not been built: run "npm run build".',
        );
    }
    throw new AppError("not_found", `No route ${request.method} ${request.url.split("?")[0]}.`);
  });
}
