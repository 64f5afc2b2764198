export interface ReminderSchedulerOptions {
  /** Pause between the end of one run and the start of the next. */
  intervalMilliseconds: number;
  /** One run: the sweep and the e-mail sender. */
  run: () => Promise<void>;
  /** Called with whatever a run threw; the loop goes on. */
  onError: (error: unknown) => void;
}

export interface ReminderScheduler {
  /** Stops the loop; resolves when a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * The reminder loop inside `art28 serve`: one run at once at start, then one run each
 * interval after the previous run ended, so runs never overlap. The timer is unref'd, so it
 * never keeps the process alive by itself. The database, not this loop, guarantees that a
 * reminder fires once: several processes may each run their own loop.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const runOnce = async () => {
    try {
      await options.run();
    } catch (error) {
      try {
        options.onError(error);
      } catch {
        // A failing error report must not end the loop either.
      }
    }
  };

  const tick = () => {
    timer = undefined;
    running = runOnce().finally(() => {
      running = undefined;
      if (stopped) return;
      timer = setTimeout(tick, options.intervalMilliseconds);
      timer.unref();
    });
  };

  tick();
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
