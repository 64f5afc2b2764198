import { loadConfig } from "../config.ts";
import { startApplication } from "../composition-root.ts";
import { demoAccounts, demoPassword } from "../demo/demo-data.ts";
import { buildHttpServer } from "../http/server.ts";
import { startReminderScheduler, type ReminderScheduler } from "../reminders/scheduler.ts";

/** `art28 serve`: runs the web app and API until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const application = await startApplication(config);
  const server = await buildHttpServer(application, { prettyLogs: process.stdout.isTTY === true });

  let scheduler: ReminderScheduler | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    server.log.info(`${signal} received: closing`);
    try {
      // A sweep in progress finishes first, so its transaction is not cut off by closing the database.
      await scheduler?.stop();
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
  if (config.remindersEnabled && !closing) {
    const reminders = application.services.reminders;
    scheduler = startReminderScheduler({
      intervalMilliseconds: config.reminderIntervalSeconds * 1000,
      run: async () => {
        const { sweep, email, errors } = await reminders.runOnce();
        for (const error of errors) server.log.error({ err: error }, "reminder run: a step failed");
        const summary = { reminders: sweep.created, emailsSent: email.sent, emailsFailed: email.failed };
        if (sweep.created + email.sent + email.failed > 0) server.log.info(summary, "reminder run");
        else server.log.debug(summary, "reminder run");
      },
      onError: (error) => server.log.error({ err: error }, "reminder run failed"),
    });
    server.log.info(
      `Reminders are swept every ${config.reminderIntervalSeconds} s; ` +
        (reminders.emailConfigured
          ? "e-mail goes out through ART28_SMTP_URL."
          : "no e-mail (ART28_SMTP_URL is not set): reminders are shown in the app and its outbox."),
    );
  } else if (!config.remindersEnabled) {
    server.log.info("Reminder scheduler switched off (ART28_REMINDERS=0).");
  }
  if (application.demoDataCreated) {
    server.log.info(
      `Demo data loaded. Log in as ${demoAccounts[1]!.email} with password "${demoPassword}" (ART28_DEMO=0 skips demo data).`,
    );
  }
}
