let started: Promise<void> | undefined;

/**
 * Starts the sandbox's mock backend (MSW) once; later calls get the same promise. The MSW bundle is
 * fetched here, on first use, never with the page.
 */
export function startSandbox(): Promise<void> {
  started ??= import('../../mocks/browser.ts').then(({ startWorker }) => startWorker());
  // A failed start (e.g. service workers disabled) may be retried by the next call.
  started.catch(() => {
    started = undefined;
  });
  return started;
}
