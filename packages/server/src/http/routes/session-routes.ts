import { csrfResponseSchema, loginRequestSchema, problemSchema, sessionResponseSchema } from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AuthenticationService } from "../../services/authentication-service.ts";
import { clearSessionCookie, requireSession, setSessionCookie } from "../plugins/authentication.ts";

export const sessionRoutes: FastifyPluginAsyncZod<{
  authentication: AuthenticationService;
  loginAttemptsPerMinute: number;
}> = async (app, options) => {
  app.get(
    "/api/csrf",
    {
      schema: {
        summary: "Get a CSRF token for the x-csrf-token header",
        tags: ["session"],
        response: { 200: csrfResponseSchema },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    "/api/session",
    {
      config: { rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: "1 minute" } },
      schema: {
        summary: "Log in with e-mail address and password",
        tags: ["session"],
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema, 401: problemSchema, 422: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, session } = await options.authentication.login(
        request.body.email,
        request.body.password,
      );
      if (request.authentication) await options.authentication.logout(request.authentication.sessionId);
      setSessionCookie(reply, token, expiresAt);
      return session.view;
    },
  );

  app.get(
    "/api/session",
    {
      schema: {
        summary: "The logged-in user and their organisations",
        tags: ["session"],
        response: { 200: sessionResponseSchema, 401: problemSchema },
      },
    },
    async (request) => requireSession(request).view,
  );

  app.delete(
    "/api/session",
    {
      schema: { summary: "Log out", tags: ["session"], response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.authentication) await options.authentication.logout(request.authentication.sessionId);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
};
