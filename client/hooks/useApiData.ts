// Loads data from the API for a page: loading, error (an ApiError with a Chinese message) and
// a reload function; a newer load or unmount makes an older answer be dropped.
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

/** The state of one load. */
export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  /** Replaces the data locally (after a mutation whose answer is known). */
  setData(update: (prev: T | undefined) => T | undefined): void;
}

/**
 * Runs `load` now and whenever `deps` change. `initial`, called once at mount, may hand over data
 * that is already there (a head start): then the first load is skipped.
 */
export function useApiData<T>(load: () => Promise<T>, deps: DependencyList, initial?: () => T | undefined): ApiData<T> {
  const [first] = useState(() => initial?.());
  const [data, setDataState] = useState<T | undefined>(first);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(first === undefined);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const skipFirst = useRef(first !== undefined);

  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    const mine = ++seq.current;
    setLoading(true);
    load().then(
      (value) => {
        if (mine !== seq.current) return;
        setDataState(value);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (mine !== seq.current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      seq.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((update: (prev: T | undefined) => T | undefined) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
