import { membershipRoles, organisationKinds } from "@art28/domain";
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { startApplication } from "../composition-root.ts";
import { AppError } from "../errors.ts";
import { readSecret } from "./read-secret.ts";

export const userCreateOptionsSchema = z.object({
  email: z.email("--email must be an e-mail address"),
  name: z.string().trim().min(1, "--name must not be empty"),
  organisation: z.string().trim().min(1, "--organisation must not be empty"),
  kind: z
    .enum(organisationKinds, { message: `--kind must be one of ${organisationKinds.join(", ")}` })
    .default("controller"),
  role: z.enum(membershipRoles, { message: `--role must be one of ${membershipRoles.join(", ")}` }).default("admin"),
  locale: z.enum(["nl", "en"], { message: "--locale must be nl or en" }).default("nl"),
});

/**
 * `art28 user create`: creates an account (and its organisation when new). The password is
 * read from standard input, or asked for twice on a terminal, never from the command line
 * where it would end up in the shell history.
 */
export async function userCreateCommand(rawOptions: unknown): Promise<void> {
  const parsed = userCreateOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new AppError("validation_failed", parsed.error.issues.map((issue) => issue.message).join("\n"));
  }
  const options = parsed.data;
  const password = await readSecret("Wachtwoord / password: ", { confirm: "Nogmaals / again: " });
  const config = { ...loadConfig(), loadDemoData: false };
  const application = await startApplication(config);
  try {
    const result = await application.services.accounts.createAccount({
      email: options.email,
      name: options.name,
      password,
      role: options.role,
      organisation: { name: options.organisation, kind: options.kind },
      locale: options.locale,
    });
    console.log(
      `Created ${options.email} as ${options.role} of "${options.organisation}"` +
        (result.organisationCreated ? ` (new ${options.kind} organisation).` : "."),
    );
  } finally {
    await application.close();
  }
}
