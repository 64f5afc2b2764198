import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startReminderScheduler } from "./scheduler.ts";

/** A promise that the test settles by hand, to hold a run "in progress". */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe("reminder scheduler", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs once at start and then once per interval", async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = startReminderScheduler({ intervalMilliseconds: 1000, run, onError: () => undefined });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(5);
    await scheduler.stop();
  });

  it("never starts a run while the previous one is still going", async () => {
    const slow = deferred();
    const run = vi.fn(() => (run.mock.calls.length === 1 ? slow.promise : Promise.resolve()));
    const scheduler = startReminderScheduler({ intervalMilliseconds: 1000, run, onError: () => undefined });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
    slow.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it("reports a failing run and keeps going", async () => {
    const errors: unknown[] = [];
    const run = vi.fn(async () => {
      if (run.mock.calls.length === 1) throw new Error("database unreachable");
    });
    const scheduler = startReminderScheduler({
      intervalMilliseconds: 1000,
      run,
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual([new Error("database unreachable")]);
    expect(run).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it("keeps going when the error report itself fails", async () => {
    const run = vi.fn(async () => {
      throw new Error("sweep failed");
    });
    const scheduler = startReminderScheduler({
      intervalMilliseconds: 1000,
      run,
      onError: () => {
        throw new Error("logger gone");
      },
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    await scheduler.stop();
  });

  it("stop waits for the run in progress and then runs no more", async () => {
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    const scheduler = startReminderScheduler({ intervalMilliseconds: 1000, run, onError: () => undefined });
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(stopped).toBe(false);
    slow.resolve();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("does not keep the process alive with its timer", async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const scheduler = startReminderScheduler({
      intervalMilliseconds: 1000,
      run: async () => undefined,
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(0);
    const handle = setTimeoutSpy.mock.results.at(-1)?.value as NodeJS.Timeout;
    expect(handle.hasRef()).toBe(false);
    await scheduler.stop();
  });
});
