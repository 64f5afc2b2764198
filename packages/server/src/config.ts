import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["0", "1", "true", "false"], { message: "must be 0, 1, true or false" })
  .transform((value) => value === "1" || value === "true");

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "must start with postgres:// or postgresql:// (leave it unset for the embedded database)",
    )
    .optional(),
  ART28_DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  ART28_DEMO: booleanFlag.default(true),
  ART28_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ART28_TRUST_PROXY: booleanFlag.default(false),
  ART28_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  ART28_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
});

/** Application configuration, read once from the environment at boot. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; `undefined` selects the embedded database (PGlite). */
  databaseUrl: string | undefined;
  /** Holds the embedded database and stored documents. Absolute path. */
  dataDirectory: string;
  loadDemoData: boolean;
  logLevel: z.infer<typeof environmentSchema>["ART28_LOG_LEVEL"];
  trustProxy: boolean;
  loginAttemptsPerMinute: number;
  sessionLifetimeHours: number;
}

/** Raised when the environment is wrong; its message names every offending variable. */
export class ConfigurationError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigurationError";
    this.problems = problems;
  }
}

/**
 * Validates the environment and returns the configuration.
 * Empty strings count as unset, as shells and container runtimes often pass them that way.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, workingDirectory = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .map((name) => [name, environment[name]] as const)
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `${name}=${JSON.stringify(relevant[name] ?? "")}: ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDirectory: path.resolve(workingDirectory, values.ART28_DATA_DIR),
    loadDemoData: values.ART28_DEMO,
    logLevel: values.ART28_LOG_LEVEL,
    trustProxy: values.ART28_TRUST_PROXY,
    loginAttemptsPerMinute: values.ART28_LOGIN_RATE_LIMIT,
    sessionLifetimeHours: values.ART28_SESSION_HOURS,
  };
}
