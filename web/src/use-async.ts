import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

/** Loading state of an async value. */
export type Async<T> = { state: 'loading' } | { state: 'error'; error: ApiFailure } | { state: 'ready'; value: T };

/** Runs `load` whenever `deps` change; stale results of earlier runs are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) =>
        live && setResult({ state: 'error', error: error instanceof ApiFailure ? error : new ApiFailure(0, 'CLIENT', String(error)) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
