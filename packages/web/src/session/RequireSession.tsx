import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { routes } from "../paths.ts";
import { useSession } from "./SessionProvider.tsx";

/** Shows its children only to someone who is logged in; others are sent to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  if (state.status === "loading") return <Loading />;
  if (state.status === "error")
    return <ErrorAlert error={state.error} summaryKey="session.loadFailed" onRetry={reload} />;
  if (state.status === "anonymous") {
    // Remember where they were going, so logging in brings them back there.
    return <Navigate to={routes.login} replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}
