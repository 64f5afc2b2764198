import { createHash, randomBytes } from "node:crypto";
import { permissionsOf } from "@art28/domain";
import type { SessionResponse } from "@art28/contract";
import type { OrganisationDataAccess } from "../data-access/organisations.ts";
import type { SessionDataAccess } from "../data-access/sessions.ts";
import type { UserDataAccess } from "../data-access/users.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "./authorization.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  view: SessionResponse;
}

interface Dependencies {
  users: UserDataAccess;
  sessions: SessionDataAccess;
  organisations: OrganisationDataAccess;
  sessionLifetimeHours: number;
  now?: () => Date;
}

function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Login, logout and resolving the session cookie to an actor. */
export function createAuthenticationService(dependencies: Dependencies) {
  const { users, sessions, organisations, sessionLifetimeHours } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const lifetimeMilliseconds = sessionLifetimeHours * 3_600_000;
  // Verifying against a throwaway hash for unknown e-mail addresses keeps login time the same
  // whether or not the account exists.
  const unknownUserHash = hashPassword(randomBytes(16).toString("hex"));

  async function describe(userId: string): Promise<{ actor: Actor; view: SessionResponse } | undefined> {
    const user = await users.findById(userId);
    if (!user) return undefined;
    const rows = await organisations.membershipsOfUser(userId);
    return {
      actor: {
        userId,
        label: user.email,
        rolesByOrganisation: new Map(rows.map(({ membership }) => [membership.organisationId, membership.role])),
      },
      view: {
        user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
        memberships: rows.map(({ membership, organisation }) => ({
          organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
          role: membership.role,
          permissions: [...permissionsOf(membership.role)],
        })),
      },
    };
  }

  return {
    /**
     * Checks the credentials and opens a new session.
     * @returns the opaque token for the cookie (only its hash is stored) and the session view.
     */
    async login(
      email: string,
      password: string,
    ): Promise<{ token: string; expiresAt: Date; session: AuthenticatedSession }> {
      const user = await users.findByEmail(email);
      const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
      if (!user || !passwordMatches) {
        throw new AppError("invalid_credentials", "The e-mail address or password is incorrect.");
      }
      const token = randomBytes(32).toString("base64url");
      const sessionId = sessionIdOf(token);
      const expiresAt = new Date(now().getTime() + lifetimeMilliseconds);
      await sessions.insert({ id: sessionId, userId: user.id, expiresAt });
      const described = await describe(user.id);
      if (!described) throw new AppError("internal_error", "The user disappeared during login.");
      return { token, expiresAt, session: { ...described, sessionId } };
    },

    /** The session behind a cookie token, or undefined when it is unknown or expired. Sliding expiry. */
    async resolve(token: string): Promise<AuthenticatedSession | undefined> {
      const sessionId = sessionIdOf(token);
      const current = now();
      const session = await sessions.findActive(sessionId, current);
      if (!session) return undefined;
      // Extend only once half the lifetime is used, to avoid a write on every request.
      if (session.expiresAt.getTime() - current.getTime() < lifetimeMilliseconds / 2) {
        await sessions.extend(sessionId, new Date(current.getTime() + lifetimeMilliseconds));
      }
      const described = await describe(session.userId);
      return described && { ...described, sessionId };
    },

    async logout(sessionId: string): Promise<void> {
      await sessions.delete(sessionId);
    },
  };
}
export type AuthenticationService = ReturnType<typeof createAuthenticationService>;
