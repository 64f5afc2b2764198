import csrfProtection from "@fastify/csrf-protection";
import type { FastifyInstance } from "fastify";
import fastifyPlugin from "fastify-plugin";
import { csrfHeaderName } from "@art28/contract";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Double-submit CSRF protection: an httpOnly secret cookie plus a token derived from it that
 * the client must echo in the `x-csrf-token` header. Required on every state-changing /api
 * request, login included (login CSRF would let another site log a victim into its account).
 */
export const csrfPlugin = fastifyPlugin(
  async (app: FastifyInstance) => {
    await app.register(csrfProtection, {
      sessionPlugin: "@fastify/cookie",
      cookieKey: "art28_csrf",
      cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure: "auto" },
      getToken: (request) => {
        const header = request.headers[csrfHeaderName];
        return typeof header === "string" ? header : undefined;
      },
    });
    app.addHook("onRequest", (request, reply, done) => {
      if (safeMethods.has(request.method) || !request.url.startsWith("/api/")) return done();
      app.csrfProtection(request, reply, done);
    });
  },
  { name: "art28-csrf", dependencies: ["@fastify/cookie"] },
);
