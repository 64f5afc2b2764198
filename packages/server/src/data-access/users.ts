import { eq } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { users } from "../database/schema.ts";

export type UserRecord = typeof users.$inferSelect;

/** Users are global (one account may belong to several organisations), so no tenant scope. */
export function createUserDataAccess(database: Executor) {
  return {
    async findByEmail(email: string): Promise<UserRecord | undefined> {
      const [user] = await database.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
      return user;
    },

    async findById(id: string): Promise<UserRecord | undefined> {
      const [user] = await database.select().from(users).where(eq(users.id, id)).limit(1);
      return user;
    },

    async insert(values: {
      email: string;
      name: string;
      passwordHash: string;
      locale?: "nl" | "en";
    }): Promise<UserRecord> {
      const [user] = await database
        .insert(users)
        .values({ ...values, email: values.email.toLowerCase() })
        .returning();
      return user!;
    },

    async count(): Promise<number> {
      return database.$count(users);
    },
  };
}
export type UserDataAccess = ReturnType<typeof createUserDataAccess>;
