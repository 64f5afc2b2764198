import { csrfHeaderName } from "@art28/contract";
import { describe, expect, it } from "vitest";
import { ApiError, createApiClient } from "./client.ts";
import { errorMessageKey } from "./error-messages.ts";

interface RecordedCall {
  path: string;
  init: RequestInit | undefined;
}

function json(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return json(status, { type: "about:blank", title: code, status, code, ...extra }, "application/problem+json");
}

/** A fetch that answers from a queue and remembers what it was asked. */
function stubFetch(...responses: Array<Response | Error>) {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (path: string, init?: RequestInit) => {
    calls.push({ path, init });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request to ${path}`);
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetchFunction };
}

const session = {
  user: { id: "7d4f9f0e-3f0a-4c8e-9d55-1f2a3b4c5d6e", email: "a@b.example", name: "A", locale: "nl" },
  memberships: [],
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("API client", () => {
  it("turns a problem document into an ApiError with code, status and issues", async () => {
    const issues = [{ path: "email", message: "Invalid email address" }];
    const { fetchFunction } = stubFetch(json(200, { token: "t1" }), problem(422, "validation_failed", { issues }));
    const error = await failure(createApiClient(fetchFunction).login({ email: "x", password: "y" }));
    expect(error.code).toBe("validation_failed");
    expect(error.status).toBe(422);
    expect(error.issues).toEqual(issues);
    expect(errorMessageKey(error)).toBe("error.validation_failed");
  });

  it("sends the CSRF token on state-changing requests only", async () => {
    const { calls, fetchFunction } = stubFetch(
      json(200, session),
      json(200, { token: "t1" }),
      json(200, session),
      json(200, { token: "t2" }),
    );
    const client = createApiClient(fetchFunction);
    await client.getSession();
    await client.login({ email: "a@b.example", password: "secret" });
    const [get, , post] = calls;
    expect(new Headers(get?.init?.headers).has(csrfHeaderName)).toBe(false);
    expect(new Headers(post?.init?.headers).get(csrfHeaderName)).toBe("t1");
    expect(post?.init?.credentials).toBe("same-origin");
  });

  it("retries once with a fresh token when the server rejects the old one", async () => {
    const { calls, fetchFunction } = stubFetch(
      json(200, { token: "old" }),
      problem(403, "csrf_invalid"),
      json(200, { token: "new" }),
      new Response(null, { status: 204 }),
      json(200, { token: "after-logout" }),
    );
    await createApiClient(fetchFunction).logout();
    expect(new Headers(calls[3]?.init?.headers).get(csrfHeaderName)).toBe("new");
  });

  it("falls back on the status code when the body is not a problem document", async () => {
    const { fetchFunction } = stubFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await failure(createApiClient(fetchFunction).getSession());
    expect(error.code).toBe("service_unavailable");
    expect(errorMessageKey(error)).toBe("error.service_unavailable");
  });

  it("reports a lost connection and a contract mismatch with codes of their own", async () => {
    const { fetchFunction } = stubFetch(new TypeError("Failed to fetch"), json(200, { unexpected: true }));
    const client = createApiClient(fetchFunction);
    expect((await failure(client.getSession())).code).toBe("network_error");
    expect((await failure(client.getSession())).code).toBe("invalid_response");
  });

  it("maps invalid credentials to the message users see", async () => {
    const { fetchFunction } = stubFetch(json(200, { token: "t" }), problem(401, "invalid_credentials"));
    const error = await failure(createApiClient(fetchFunction).login({ email: "a@b.example", password: "x" }));
    expect(errorMessageKey(error)).toBe("error.invalid_credentials");
  });

  it("sends the search text as the q parameter", async () => {
    const organisationId = "0b7c4d2e-9f1a-4b3c-8d5e-6f7a8b9c0d1e";
    const { calls, fetchFunction } = stubFetch(json(200, { items: [], total: 0 }));
    await createApiClient(fetchFunction).listCounterparties(organisationId, "  cloud ");
    expect(calls[0]?.path).toBe(`/api/organisations/${organisationId}/counterparties?q=cloud`);
  });
});
