import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Application } from "../composition-root.ts";
import { AppError } from "../errors.ts";
import { authenticationPlugin } from "./plugins/authentication.ts";
import { csrfPlugin } from "./plugins/csrf.ts";
import { sendProblem } from "./problem.ts";
import { authoringRoutes } from "./routes/authoring-routes.ts";
import { checkRoutes } from "./routes/check-routes.ts";
import { counterpartyRoutes } from "./routes/counterparty-routes.ts";
import { healthRoutes } from "./routes/health-routes.ts";
import { notificationRoutes } from "./routes/notification-routes.ts";
import { organisationRoutes } from "./routes/organisation-routes.ts";
import { registerOverviewRoutes } from "./routes/register-overview-routes.ts";
import { registerRoutes } from "./routes/register-routes.ts";
import { registerTransferRoutes } from "./routes/register-transfer-routes.ts";
import { roleAssessmentRoutes } from "./routes/role-assessment-routes.ts";
import { sessionRoutes } from "./routes/session-routes.ts";
import { defaultWebDistDirectory, registerWebApp } from "./web-app.ts";

export interface HttpServerOptions {
  /** false silences all logs (tests); otherwise pino at the configured level. */
  logger?: boolean;
  /** Human-readable log lines instead of JSON, for a person watching a terminal. */
  prettyLogs?: boolean;
  webDistDirectory?: string;
}

/** Builds the Fastify server around an application; listening is left to the caller. */
export async function buildHttpServer(
  application: Application,
  options: HttpServerOptions = {},
): Promise<FastifyInstance> {
  const { config, services, connection } = application;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(options.prettyLogs
              ? {
                  transport: {
                    target: "pino-pretty",
                    options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" },
                  },
                }
              : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Art28 API",
        description:
          "Arrange, check and keep GDPR processor agreements. Errors are application/problem+json with a stable `code`.",
        version: application.version,
      },
      components: {
        securitySchemes: {
          sessionCookie: { type: "apiKey", in: "cookie", name: "art28_session" },
          csrfToken: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError("rate_limited", "Too many requests; wait a minute and try again."),
  });
  await app.register(csrfPlugin);
  await app.register(authenticationPlugin, { authentication: services.authentication });

  await app.register(healthRoutes, { connection, version: application.version });
  await app.register(sessionRoutes, {
    authentication: services.authentication,
    loginAttemptsPerMinute: config.loginAttemptsPerMinute,
  });
  await app.register(organisationRoutes, { organisations: services.organisations });
  await app.register(counterpartyRoutes, { counterparties: services.counterparties });
  await app.register(roleAssessmentRoutes, { roleAssessments: services.roleAssessments });
  await app.register(checkRoutes, { checks: services.checks });
  await app.register(registerRoutes, { register: services.register });
  await app.register(registerOverviewRoutes, { registerOverview: services.registerOverview });
  await app.register(registerTransferRoutes, { registerTransfer: services.registerTransfer });
  await app.register(notificationRoutes, { reminders: services.reminders });
  await app.register(authoringRoutes, { authoring: services.authoring });

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app, options.webDistDirectory ?? defaultWebDistDirectory);
  return app;
}
