import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

/**
 * A cookie-keeping client over `app.inject`, acting like a browser tab: it remembers cookies
 * and can send the CSRF header the web app sends.
 */
export function createHttpClient(app: FastifyInstance) {
  const cookies = new Map<string, string>();
  let csrfToken: string | undefined;

  function remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === "" || (cookie.expires && cookie.expires.getTime() < Date.now())) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
  }

  async function request(options: InjectOptions & { withCsrf?: boolean }): Promise<LightMyRequestResponse> {
    const { withCsrf = true, ...injectOptions } = options;
    const headers: Record<string, string> = { ...(injectOptions.headers as Record<string, string> | undefined) };
    if (cookies.size > 0) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (withCsrf && csrfToken && injectOptions.method && injectOptions.method !== "GET")
      headers["x-csrf-token"] = csrfToken;
    const response = await app.inject({ ...injectOptions, headers });
    remember(response);
    return response;
  }

  return {
    request,
    cookies,
    async fetchCsrfToken(): Promise<string> {
      const response = await request({ method: "GET", url: "/api/csrf" });
      csrfToken = (response.json() as { token: string }).token;
      return csrfToken;
    },
    /** Logs in (fetching a CSRF token first) and returns the response. */
    async login(email: string, password: string): Promise<LightMyRequestResponse> {
      await this.fetchCsrfToken();
      return request({ method: "POST", url: "/api/session", payload: { email, password } });
    },
  };
}
export type HttpClient = ReturnType<typeof createHttpClient>;
