import {
  apiPaths,
  checkReportSchema,
  counterpartyListResponseSchema,
  counterpartySchema,
  csrfHeaderName,
  csrfResponseSchema,
  organisationSchema,
  problemSchema,
  roleAssessmentListResponseSchema,
  roleAssessmentPaths,
  roleAssessmentSchema,
  sessionResponseSchema,
  type CheckReport,
  type Counterparty,
  type CounterpartyListResponse,
  type ErrorCode,
  type FieldIssue,
  type LoginRequest,
  type Organisation,
  type RoleAssessment,
  type RoleAssessmentListResponse,
  type SessionResponse,
} from "@art28/contract";
import type { CheckLanguage, RoleAssessmentAnswers } from "@art28/domain";

/**
 * Codes an `ApiError` can carry: the server's stable codes, plus two for failures that never
 * reach a problem document (no connection, or an answer that does not match the contract).
 */
export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

/** A failed API call, reduced to what the interface needs to explain it to the user. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: readonly FieldIssue[];

  constructor(code: ApiErrorCode, status: number, message: string, issues: readonly FieldIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.issues = issues;
  }
}

/** Anything with a zod-style `parse`; keeps this module independent of the zod package itself. */
export interface Parser<Output> {
  parse(input: unknown): Output;
}

type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The part of `XMLHttpRequest` an upload uses. `fetch` cannot report upload progress, so uploads
 * go through this; tests pass a fake.
 */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  addEventListener(type: "load" | "error" | "abort" | "timeout", listener: () => void): void;
  readonly upload: {
    addEventListener(type: "progress" | "load", listener: (event: ProgressEvent) => void): void;
  };
  readonly status: number;
  readonly responseText: string;
}

/** How far an upload has got, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Options of a multipart upload. */
export interface UploadOptions {
  /** Called as the file is sent; `total` is 0 when the browser does not know it. */
  onUploadProgress?: (progress: UploadProgress) => void;
  /** Called once the whole file has been sent: from then on the server is checking it. */
  onUploadComplete?: () => void;
  signal?: AbortSignal | undefined;
}

/** Options of `ApiClient.checkDocument`. */
export interface CheckDocumentOptions extends UploadOptions {
  /** Read the document in this language instead of detecting it. */
  language?: CheckLanguage | undefined;
}

/**
 * The plumbing behind `ApiClient`, for the feature clients (register, import and export), so
 * they share its CSRF handling, error translation and contract checks.
 */
export interface ApiTransport {
  /** Sends a request (a JSON body goes in `json`); throws `ApiError` for any answer that is not 2xx. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Reads a JSON answer and checks it against the contract; a mismatch is `invalid_response`. */
  parse<Output>(response: Response, parser: Parser<Output>): Promise<Output>;
  /** A multipart POST with the CSRF token and upload progress; throws `ApiError` when the answer is not 2xx. */
  upload(path: string, body: FormData, options?: UploadOptions): Promise<Response>;
}

// Not (yet) in the contract's `apiPaths`; the route is `POST /api/check` in check-routes.ts.
const checkPath = "/api/check";

const stateChangingMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Fallback codes for error responses without a readable problem document (e.g. from a proxy). */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return "malformed_request";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 422) return "validation_failed";
  if (status === 429) return "rate_limited";
  if (status === 502 || status === 503 || status === 504) return "service_unavailable";
  return status >= 500 ? "internal_error" : "invalid_response";
}

/** Turns an error response into an `ApiError`, trusting only what matches the problem schema. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON at all; the status code is all there is to go on.
  }
  const problem = problemSchema.safeParse(body);
  if (problem.success) {
    const { code, title, detail, issues } = problem.data;
    return new ApiError(code, response.status, detail ?? title, issues ?? []);
  }
  return new ApiError(codeForStatus(response.status), response.status, `HTTP ${response.status}`);
}

/** The calls the web app makes, bound to one `fetch` so tests can stub the network. */
export interface ApiClient {
  /** Fetches a fresh CSRF token; the client also does this by itself when it needs one. */
  refreshCsrfToken(): Promise<void>;
  /** The current session; throws `ApiError` with code `unauthenticated` when nobody is logged in. */
  getSession(): Promise<SessionResponse>;
  /** Logs in and returns the new session. */
  login(credentials: LoginRequest): Promise<SessionResponse>;
  /** Ends the session on the server. */
  logout(): Promise<void>;
  /** One organisation the user is a member of, including its theme overrides. */
  getOrganisation(organisationId: string, signal?: AbortSignal): Promise<Organisation>;
  /** The counterparties of an organisation, optionally filtered by a search text. */
  listCounterparties(organisationId: string, query?: string, signal?: AbortSignal): Promise<CounterpartyListResponse>;
  /** One counterparty of an organisation. */
  getCounterparty(organisationId: string, counterpartyId: string, signal?: AbortSignal): Promise<Counterparty>;
  /** Stores a role assessment for a counterparty (needs `counterparties.write`) and returns it. */
  storeRoleAssessment(
    organisationId: string,
    counterpartyId: string,
    answers: RoleAssessmentAnswers,
  ): Promise<RoleAssessment>;
  /** The stored role assessments of a counterparty, newest first. */
  listRoleAssessments(
    organisationId: string,
    counterpartyId: string,
    signal?: AbortSignal,
  ): Promise<RoleAssessmentListResponse>;
  /**
   * Checks an agreement against Art. 28 GDPR (no account needed). Sent as multipart/form-data
   * with upload progress; the server reads, checks and forgets the document.
   */
  checkDocument(file: File, options?: CheckDocumentOptions): Promise<CheckReport>;
  /** The same request, error and contract handling, for the feature clients. */
  readonly transport: ApiTransport;
}

/**
 * Creates an API client. Responses are checked against the contract, so a server that drifts
 * from it produces a clear `invalid_response` error instead of a broken screen later on.
 */
export function createApiClient(
  fetchFunction: FetchFunction = (input, init) => fetch(input, init),
  createUploadRequest: () => UploadRequest = () => new XMLHttpRequest(),
): ApiClient {
  let csrfToken: string | null = null;
  let pendingCsrfToken: Promise<string> | null = null;

  async function send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchFunction(path, { credentials: "same-origin", ...init });
    } catch (error) {
      // Aborts are intentional (a newer search replaced this one); callers must see them as such.
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiError("network_error", 0, error instanceof Error ? error.message : "Network error");
    }
  }

  async function parse<Output>(response: Response, parser: Parser<Output>): Promise<Output> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError("invalid_response", response.status, "Response is not JSON");
    }
    try {
      return parser.parse(body);
    } catch {
      throw new ApiError("invalid_response", response.status, "Response does not match the API contract");
    }
  }

  function fetchCsrfToken(): Promise<string> {
    // Concurrent callers share one request rather than racing for different tokens.
    pendingCsrfToken ??= (async () => {
      try {
        const response = await send(apiPaths.csrf, { headers: { accept: "application/json" } });
        if (!response.ok) throw await errorFromResponse(response);
        const { token } = await parse(response, csrfResponseSchema);
        csrfToken = token;
        return token;
      } finally {
        pendingCsrfToken = null;
      }
    })();
    return pendingCsrfToken;
  }

  async function request(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const { json, ...rest } = init;
    const method = (rest.method ?? "GET").toUpperCase();
    const needsCsrf = stateChangingMethods.has(method);

    const attempt = async (): Promise<Response> => {
      const headers = new Headers(rest.headers);
      headers.set("accept", "application/json");
      if (json !== undefined) headers.set("content-type", "application/json");
      if (needsCsrf) headers.set(csrfHeaderName, csrfToken ?? (await fetchCsrfToken()));
      return send(path, {
        ...rest,
        method,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    };

    let response = await attempt();
    if (needsCsrf && response.status === 403) {
      // The token may have been rotated (e.g. the session expired); one retry with a fresh one
      // saves the user a confusing error, a second failure is reported as usual.
      const error = await errorFromResponse(response.clone());
      if (error.code === "csrf_invalid") {
        await fetchCsrfToken();
        response = await attempt();
      }
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  /** One multipart POST through `UploadRequest`, resolving with the response (any status). */
  function sendUpload(path: string, body: FormData, token: string, options: UploadOptions): Promise<Response> {
    return new Promise((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) {
        reject(new DOMException("The upload was cancelled.", "AbortError"));
        return;
      }
      const upload = createUploadRequest();
      const onAbortSignal = () => upload.abort();
      signal?.addEventListener("abort", onAbortSignal, { once: true });
      const settle = () => signal?.removeEventListener("abort", onAbortSignal);

      upload.upload.addEventListener("progress", (event) => {
        options.onUploadProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
      });
      upload.upload.addEventListener("load", () => options.onUploadComplete?.());
      upload.addEventListener("load", () => {
        settle();
        // A status below 200 never ends a request; treat it as the lost connection it must be.
        if (upload.status < 200 || upload.status > 599) {
          reject(new ApiError("network_error", 0, "The upload did not receive an answer"));
          return;
        }
        const hasBody = ![204, 205, 304].includes(upload.status);
        resolve(new Response(hasBody ? upload.responseText : null, { status: upload.status }));
      });
      upload.addEventListener("error", () => {
        settle();
        reject(new ApiError("network_error", 0, "The upload failed"));
      });
      upload.addEventListener("timeout", () => {
        settle();
        reject(new ApiError("network_error", 0, "The upload timed out"));
      });
      upload.addEventListener("abort", () => {
        settle();
        reject(new DOMException("The upload was cancelled.", "AbortError"));
      });

      upload.open("POST", path);
      upload.setRequestHeader("accept", "application/json");
      upload.setRequestHeader(csrfHeaderName, token);
      upload.send(body);
    });
  }

  /** A multipart POST with one retry on a rejected CSRF token, as `request` does. */
  async function upload(path: string, body: FormData, options: UploadOptions = {}): Promise<Response> {
    let response = await sendUpload(path, body, csrfToken ?? (await fetchCsrfToken()), options);
    if (response.status === 403) {
      const error = await errorFromResponse(response.clone());
      if (error.code === "csrf_invalid") {
        response = await sendUpload(path, body, await fetchCsrfToken(), options);
      }
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  /** The server rotates the session on login and logout, which invalidates the old token. */
  function renewCsrfTokenAfterSessionChange(): void {
    csrfToken = null;
    // Fetched eagerly so the next form submission does not wait; failure just means it is
    // fetched again on demand.
    fetchCsrfToken().catch(() => undefined);
  }

  return {
    async refreshCsrfToken() {
      await fetchCsrfToken();
    },

    async getSession() {
      return parse(await request(apiPaths.session), sessionResponseSchema);
    },

    async login(credentials) {
      const response = await request(apiPaths.session, { method: "POST", json: credentials });
      const session = await parse(response, sessionResponseSchema);
      renewCsrfTokenAfterSessionChange();
      return session;
    },

    async logout() {
      await request(apiPaths.session, { method: "DELETE" });
      renewCsrfTokenAfterSessionChange();
    },

    async getOrganisation(organisationId, signal) {
      const response = await request(apiPaths.organisation(encodeURIComponent(organisationId)), signalInit(signal));
      return parse(response, organisationSchema);
    },

    async listCounterparties(organisationId, query, signal) {
      const search = query?.trim() ? `?${new URLSearchParams({ q: query.trim() }).toString()}` : "";
      const path = `${apiPaths.counterparties(encodeURIComponent(organisationId))}${search}`;
      return parse(await request(path, signalInit(signal)), counterpartyListResponseSchema);
    },

    async getCounterparty(organisationId, counterpartyId, signal) {
      const path = apiPaths.counterparty(encodeURIComponent(organisationId), encodeURIComponent(counterpartyId));
      return parse(await request(path, signalInit(signal)), counterpartySchema);
    },

    async storeRoleAssessment(organisationId, counterpartyId, answers) {
      const response = await request(roleAssessmentPaths.evaluate, {
        method: "POST",
        json: { answers, organisationId, counterpartyId },
      });
      return parse(response, roleAssessmentSchema);
    },

    async listRoleAssessments(organisationId, counterpartyId, signal) {
      const path = roleAssessmentPaths.ofCounterparty(
        encodeURIComponent(organisationId),
        encodeURIComponent(counterpartyId),
      );
      return parse(await request(path, signalInit(signal)), roleAssessmentListResponseSchema);
    },

    async checkDocument(file, options = {}) {
      const body = new FormData();
      // Fields before the file, so the server knows them before it reads the document.
      if (options.language) body.append("language", options.language);
      body.append("file", file, file.name);
      return parse(await upload(checkPath, body, options), checkReportSchema);
    },

    transport: { request, parse, upload },
  };
}

function signalInit(signal: AbortSignal | undefined): RequestInit {
  return signal ? { signal } : {};
}

/** The client the app uses. */
export const api: ApiClient = createApiClient();
