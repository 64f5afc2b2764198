import { loadConfig } from "../config.ts";
import { startApplication } from "../composition-root.ts";

/** `art28 migrate`: applies pending migrations and exits; no demo data. */
export async function migrateCommand(): Promise<void> {
  const config = { ...loadConfig(), loadDemoData: false };
  const application = await startApplication(config);
  await application.close();
  console.log(`Database is up to date (${application.connection.engine}).`);
}
