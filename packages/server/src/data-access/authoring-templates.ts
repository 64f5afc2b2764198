import type { TemplateContent } from "@art28/domain";
import { and, desc, eq, max } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../database/connection.ts";
import { agreementTemplates } from "../database/schema.ts";
import { AppError } from "../errors.ts";

export type TemplateRecord = typeof agreementTemplates.$inferSelect;
export type NewTemplate = Omit<typeof agreementTemplates.$inferInsert, "id" | "organisationId">;

const localisedText = z.object({ nl: z.string(), en: z.string() });

/** The stored content of a template; a row that does not fit is a defect, not user input. */
const templateContentSchema = z.object({
  name: z.string(),
  baseStandardVersion: z.string(),
  clauseTexts: z.record(z.string(), localisedText),
  variableDefaults: z.object({
    noticePeriodMonths: z.number().int().optional(),
    breachNotificationHours: z.number().int().optional(),
    liabilityCapEuros: z.number().int().optional(),
  }),
});

function withValidContent(record: TemplateRecord): TemplateRecord {
  const content = templateContentSchema.safeParse(record.content);
  if (!content.success) {
    throw new AppError("internal_error", `Template ${record.id} has stored content that is not valid.`, {
      cause: content.error,
    });
  }
  return { ...record, content: content.data as TemplateContent };
}

/**
 * Published templates of the standard agreement. Rows are only added: a new version of an
 * organisation's template is a new row. `organisationId` is the organisation whose templates
 * are read, which is the scope's own organisation or (for a member) its association; the
 * row-level-security policy admits exactly those two.
 */
export function createTemplateDataAccess(database: Executor) {
  return {
    /** The organisation's published versions, newest first. */
    async listOf(organisationId: string): Promise<TemplateRecord[]> {
      const rows = await database
        .select()
        .from(agreementTemplates)
        .where(eq(agreementTemplates.organisationId, organisationId))
        .orderBy(desc(agreementTemplates.templateVersion));
      return rows.map(withValidContent);
    },

    /** The organisation's newest published version; undefined when it published none. */
    async newestOf(organisationId: string): Promise<TemplateRecord | undefined> {
      const [row] = await database
        .select()
        .from(agreementTemplates)
        .where(eq(agreementTemplates.organisationId, organisationId))
        .orderBy(desc(agreementTemplates.templateVersion))
        .limit(1);
      return row && withValidContent(row);
    },

    async findById(organisationId: string, id: string): Promise<TemplateRecord | undefined> {
      const [row] = await database
        .select()
        .from(agreementTemplates)
        .where(and(eq(agreementTemplates.organisationId, organisationId), eq(agreementTemplates.id, id)))
        .limit(1);
      return row && withValidContent(row);
    },

    /** The highest version number the organisation published, 0 when none. */
    async highestVersionOf(organisationId: string): Promise<number> {
      const [row] = await database
        .select({ value: max(agreementTemplates.templateVersion) })
        .from(agreementTemplates)
        .where(eq(agreementTemplates.organisationId, organisationId));
      return row?.value ?? 0;
    },

    async insert(organisationId: string, values: NewTemplate): Promise<TemplateRecord> {
      const content = templateContentSchema.parse(values.content) as TemplateContent;
      const [row] = await database
        .insert(agreementTemplates)
        .values({ ...values, content, organisationId })
        .returning();
      return withValidContent(row!);
    },
  };
}
export type TemplateDataAccess = ReturnType<typeof createTemplateDataAccess>;
