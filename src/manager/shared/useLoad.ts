import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiRequestError } from '../../api/client-error.ts';
import { $managerRevision } from '../../stores/manager.ts';

export type Loaded<Data> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: Data; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiRequestError };

/** Turns anything thrown into an ApiRequestError, so screens deal with one kind of failure. */
export const asApiError = (error: unknown): ApiRequestError =>
  error instanceof ApiRequestError ? error : new ApiRequestError(0, 'unexpected-response');

/**
 * Loads data for a screen, again whenever `deps` or the Manager's revision change.
 * `setData` replaces the data with what a successful change answered.
 */
export function useLoad<Data>(load: () => Promise<Data>, deps: unknown[] = []) {
  const revision = useStore($managerRevision);
  const [state, setState] = useState<Loaded<Data>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Reloads on the caller's deps, the revision and retries; `load` is a new closure every render.
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    load().then(
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: unknown) => !cancelled && setState({ status: 'error', error: asApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [revision, attempt, ...deps]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const setData = useCallback((data: Data) => setState({ status: 'ready', data }), []);
  return { ...state, reload, setData };
}
