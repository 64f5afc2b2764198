import type { Config } from "../config.ts";
import type { Database } from "../database/connection.ts";
import type { CheckService } from "./check-service.ts";

/**
 * What every register service receives from the composition root. One shape for all of them,
 * so a service can start using another piece of infrastructure without rewiring.
 */
export interface RegisterDependencies {
  database: Database;
  config: Config;
  /** The agreement check, for signed documents attached to agreements. */
  checks: CheckService;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
