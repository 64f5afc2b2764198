import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { useSession } from "../session/SessionProvider.tsx";

/** Data on their way from the server, as a page shows them. */
export type Loaded<Value> =
  { status: "loading" } | { status: "loaded"; value: Value } | { status: "error"; error: unknown };

/** What `useLoaded` gives a page. */
export interface LoadedData<Value> {
  /**
   * The data for the current key. While they are loaded again (`reload`), the earlier data of
   * the same key stay, so a list does not flicker; data of another key never show up here.
   */
  state: Loaded<Value>;
  /**
   * The last data that arrived, whatever their key, e.g. to keep a table in view while the next
   * filter loads. A page that uses it checks that they fit what it shows.
   */
  previous: Value | undefined;
  /** Loads the current key again. */
  reload: () => void;
}

/**
 * Loads with `load` whenever `key` changes, and again on `reload`. The state is derived from
 * whether the last outcome belongs to the current key, so navigating never shows stale data
 * as current. An `unauthenticated` answer tells the session provider, which sends the user to
 * log in.
 */
export function useLoaded<Value>(load: (signal: AbortSignal) => Promise<Value>, key: string): LoadedData<Value> {
  const { forget } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ key: string; fullKey: string; state: Loaded<Value> } | null>(null);
  const [previous, setPrevious] = useState<Value | undefined>(undefined);
  const fullKey = `${key}#${attempt}`;
  const loadRef = useRef(load);

  useEffect(() => {
    // The latest loader, without making every render's new function a reason to load again.
    loadRef.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (value) => {
        setOutcome({ key, fullKey, state: { status: "loaded", value } });
        setPrevious(value);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        setOutcome({ key, fullKey, state: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [fullKey, key, forget]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const current = outcome?.fullKey === fullKey ? outcome.state : undefined;
  const sameKeyLoaded = outcome?.key === key && outcome.state.status === "loaded" ? outcome.state : undefined;
  const state: Loaded<Value> = current ?? sameKeyLoaded ?? { status: "loading" };
  return { state, previous, reload };
}
