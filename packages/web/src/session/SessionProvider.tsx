import type { LoginRequest, SessionResponse } from "@art28/contract";
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, ApiError } from "../api/client.ts";

/** Whether someone is logged in, as far as the app knows. */
export type SessionState =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "authenticated"; session: SessionResponse }
  | { status: "error"; error: unknown };

interface SessionContextValue {
  state: SessionState;
  /** Logs in; throws `ApiError` so the login form can explain what went wrong. */
  login: (credentials: LoginRequest) => Promise<SessionResponse>;
  logout: () => Promise<void>;
  /** Asks the server again, e.g. after a failed first check. */
  reload: () => void;
  /** For when another call learns the session has ended (an `unauthenticated` answer). */
  forget: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Loads the session once at start-up and shares it with the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // The token is needed for the first form submission; fetching it now avoids a delay then.
    api.refreshCsrfToken().catch(() => undefined);
    api.getSession().then(
      (session) => {
        if (!cancelled) setState({ status: "authenticated", session });
      },
      (error: unknown) => {
        if (cancelled) return;
        const loggedOut = error instanceof ApiError && error.code === "unauthenticated";
        setState(loggedOut ? { status: "anonymous" } : { status: "error", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const login = useCallback(async (credentials: LoginRequest) => {
    const session = await api.login(credentials);
    setState({ status: "authenticated", session });
    return session;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // Already logged out on the server is the outcome the user asked for.
      if (!(error instanceof ApiError && error.code === "unauthenticated")) throw error;
    }
    setState({ status: "anonymous" });
  }, []);

  const reload = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((previous) => previous + 1);
  }, []);

  const forget = useCallback(() => setState({ status: "anonymous" }), []);

  const value = useMemo(() => ({ state, login, logout, reload, forget }), [state, login, logout, reload, forget]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session state and the actions that change it. */
export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error("useSession() needs a <SessionProvider> above it");
  return value;
}
