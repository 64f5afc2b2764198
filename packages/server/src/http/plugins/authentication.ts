import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyPlugin from "fastify-plugin";
import { AppError } from "../../errors.ts";
import type { AuthenticatedSession, AuthenticationService } from "../../services/authentication-service.ts";

export const sessionCookieName = "art28_session";

declare module "fastify" {
  interface FastifyRequest {
    /** The session behind the cookie, resolved once per request; undefined when not logged in. */
    authentication: AuthenticatedSession | undefined;
  }
}

/** Resolves the session cookie on every /api request. */
export const authenticationPlugin = fastifyPlugin(
  async (app: FastifyInstance, options: { authentication: AuthenticationService }) => {
    app.decorateRequest("authentication", undefined);
    app.addHook("onRequest", async (request) => {
      if (!request.url.startsWith("/api/")) return;
      const token = request.cookies[sessionCookieName];
      if (token) request.authentication = await options.authentication.resolve(token);
    });
  },
  { name: "art28-authentication", dependencies: ["@fastify/cookie"] },
);

/** The logged-in session, or a 401 problem. */
export function requireSession(request: FastifyRequest): AuthenticatedSession {
  if (!request.authentication) throw new AppError("unauthenticated", "Log in first.");
  return request.authentication;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: "auto",
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: "/" });
}
