import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';

type SessionKey = `session:${string}`;

/**
 * A session-storage value the background writes, live. `undefined` while the key's first read
 * is under way (or no key), so callers can tell "loading" from "nothing there".
 */
export function useSessionValue<T>(key: SessionKey | null): T | null | undefined {
  const [loaded, setLoaded] = useState<{ key: SessionKey; value: T | null } | null>(null);
  useEffect(() => {
    if (!key) return;
    let alive = true;
    const set = (value: T | null) => alive && setLoaded({ key, value });
    void storage.getItem<T>(key).then(set);
    const unwatch = storage.watch<T>(key, set);
    return () => {
      alive = false;
      unwatch();
    };
  }, [key]);
  // A value loaded for another key is not this key's.
  return loaded && loaded.key === key ? loaded.value : undefined;
}
