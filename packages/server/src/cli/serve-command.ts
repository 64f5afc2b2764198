import { loadConfig } from "../config.ts";
import { startApplication } from "../composition-root.ts";
import { demoAccounts, demoPassword } from "../demo/demo-data.ts";
import { buildHttpServer } from "../http/server.ts";

/** `art28 serve`: runs the web app and API until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const application = await startApplication(config);
  const server = await buildHttpServer(application, { prettyLogs: process.stdout.isTTY === true });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    server.log.info(`${signal} received: closing`);
    try {
      await server.close();
      await application.close();
      process.exit(0);
    } catch (error) {
      server.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await server.listen({ port: config.port, host: config.host });
  const engine =
    application.connection.engine === "pglite"
      ? `embedded PostgreSQL (PGlite) in ${config.dataDirectory}; for production use PostgreSQL through DATABASE_URL`
      : "PostgreSQL";
  server.log.info(`Art28 ${application.version} is running at http://localhost:${config.port} on ${engine}`);
  if (application.demoDataCreated) {
    server.log.info(
      `Demo data loaded. Log in as ${demoAccounts[1]!.email} with password "${demoPassword}" (ART28_DEMO=0 skips demo data).`,
    );
  }
}
