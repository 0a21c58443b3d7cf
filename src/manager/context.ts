import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/client.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/t.ts';

/** What every screen needs: the reader's language and the API client. */
export interface ManagerContextValue {
  locale: Locale;
  t: Translate;
  api: ApiClient;
}

export const ManagerContext = createContext<ManagerContextValue | null>(null);

/** The Manager's context; only valid inside <SimulatedManager>. */
export function useManager(): ManagerContextValue {
  const value = useContext(ManagerContext);
  if (!value) throw new Error('useManager() is used outside <SimulatedManager>');
  return value;
}
