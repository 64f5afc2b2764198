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
  /** The SMTP server for reminder e-mail, e.g. smtps://user:password@mail.example.nl; unset: reminders stay in the app. */
  ART28_SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      hostname: /^.+$/,
      message: "must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@mail.example.nl",
    })
    .optional(),
  /** The sender of reminder e-mail, e.g. "Art28 <art28@gemeente.example>". */
  ART28_MAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>@\s][^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
      message: 'must be an e-mail address, optionally with a name: "Art28 <art28@gemeente.example>"',
    })
    .optional(),
  /** Switches the reminder scheduler of `art28 serve` off (e.g. when another instance runs it). */
  ART28_REMINDERS: booleanFlag.default(true),
  ART28_REMINDER_INTERVAL_SECONDS: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(10, "must be between 10 and 86400")
    .max(86_400, "must be between 10 and 86400")
    .default(300),
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
  /** Where reminder e-mail goes out; `undefined` keeps reminders in the app (outbox page). */
  smtp: { url: string; from: string } | undefined;
  /** Whether `art28 serve` runs the reminder scheduler. */
  remindersEnabled: boolean;
  /** Seconds between two runs of the reminder sweep and the e-mail sender. */
  reminderIntervalSeconds: number;
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
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        // The SMTP URL may carry a password: name the variable, never echo its value.
        const shown = name === "ART28_SMTP_URL" ? "(hidden)" : JSON.stringify(relevant[name] ?? "");
        return `${name}=${shown}: ${issue.message}`;
      });
  if (relevant.ART28_SMTP_URL !== undefined && relevant.ART28_MAIL_FROM === undefined) {
    problems.push('ART28_MAIL_FROM="": is required when ART28_SMTP_URL is set (the sender of reminder e-mail)');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigurationError(problems);
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
    smtp:
      values.ART28_SMTP_URL !== undefined && values.ART28_MAIL_FROM !== undefined
        ? { url: values.ART28_SMTP_URL, from: values.ART28_MAIL_FROM }
        : undefined,
    remindersEnabled: values.ART28_REMINDERS,
    reminderIntervalSeconds: values.ART28_REMINDER_INTERVAL_SECONDS,
  };
}
