import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/client.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PracticeTranslate } from '../i18n/practice-strings.ts';
import type { ManagerChannel } from './channel.ts';

/** What every screen needs: the reader's language, the API client, and where to report what happened. */
export interface ManagerContextValue {
  locale: Locale;
  t: PracticeTranslate;
  api: ApiClient;
  channel: ManagerChannel;
  /**
   * Whether an opened screen moves the focus to its heading. A walkthrough says no: it moves the
   * focus to its own instruction instead.
   */
  focusHeadings: boolean;
}

export const ManagerContext = createContext<ManagerContextValue | null>(null);

/** The Manager's context; only valid inside <SimulatedManager>. */
export function useManager(): ManagerContextValue {
  const value = useContext(ManagerContext);
  if (!value) throw new Error('useManager() is used outside <SimulatedManager>');
  return value;
}
