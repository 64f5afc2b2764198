import fs from "node:fs";
import lockfile from "proper-lockfile";
import { AppError } from "../errors.ts";

/**
 * Takes an exclusive lock on the data folder. PGlite keeps its files there without any
 * locking of its own, and two processes writing one folder silently corrupt it, so a second
 * process must refuse to start instead. The lock goes stale (and can be taken over) when the
 * holder dies without releasing it.
 *
 * @returns a function that releases the lock.
 */
export async function lockDataFolder(dataDirectory: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDirectory, { recursive: true });
  try {
    return await lockfile.lock(dataDirectory, {
      lockfilePath: `${dataDirectory}/art28.lock`,
      stale: 15_000,
      update: 5_000,
      retries: 0,
      onCompromised: (error) => {
        // Losing the lock means another process may now write the database: stop rather than corrupt it.
        console.error(`Art28 lost the lock on its data folder (${error.message}); stopping to protect the data.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new AppError(
        "conflict",
        `The data folder ${dataDirectory} is in use by another Art28 process. ` +
          "Stop that process first (the embedded database allows one process at a time), " +
          "or set ART28_DATA_DIR to another folder, or use PostgreSQL through DATABASE_URL.",
        { cause: error },
      );
    }
    throw error;
  }
}
