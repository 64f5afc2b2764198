import { and, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "../database/connection.ts";
import { sessions } from "../database/schema.ts";

export type SessionRecord = typeof sessions.$inferSelect;

export function createSessionDataAccess(database: Executor) {
  return {
    async insert(values: { id: string; userId: string; expiresAt: Date }): Promise<void> {
      await database.insert(sessions).values(values);
    },

    /** The session with this id if it has not expired at `now`. */
    async findActive(id: string, now: Date): Promise<SessionRecord | undefined> {
      const [session] = await database
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
        .limit(1);
      return session;
    },

    async extend(id: string, expiresAt: Date): Promise<void> {
      await database.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
    },

    async delete(id: string): Promise<void> {
      await database.delete(sessions).where(eq(sessions.id, id));
    },

    async deleteExpired(now: Date): Promise<number> {
      const deleted = await database.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
      return deleted.length;
    },
  };
}
export type SessionDataAccess = ReturnType<typeof createSessionDataAccess>;
