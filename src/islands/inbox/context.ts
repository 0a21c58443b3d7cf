import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Staff } from '../../api/staff.ts';
import type { StaffClient } from '../../api/staff-client.ts';
import type { InboxKey } from '../../content/inbox-text.ts';
import { type IslandStrings, type IslandTranslate, islandTranslate } from '../../i18n/island-strings.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Everything an inbox component needs to speak the person's language and call the service. */
export interface Inbox {
  locale: Locale;
  /** `t('inbox.list.total', { count: 3 })` → "3 messages": ICU messages, typed placeholders. */
  t: IslandTranslate<InboxKey>;
  serviceName: (id: string) => string;
  guideTitle: (slug: string) => string;
  languageName: (code: string | null) => string;
  date: (iso: string) => string;
  /** A day (`2026-11-04`) in words: "4 November 2026". */
  day: (isoDay: string) => string;
  /** "3 days ago", for the list. */
  age: (iso: string, now?: number) => string;
  client: StaffClient;
  staff: Staff;
  /** A page of the inbox under the site's base path (`feedback/?reference=…`). */
  href: (path: string) => string;
}

export const InboxContext = createContext<Inbox | null>(null);

export function useInbox(): Inbox {
  const inbox = useContext(InboxContext);
  if (!inbox) throw new Error('useInbox() outside <InboxContext.Provider>');
  return inbox;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** The language-dependent helpers of the inbox, from one locale's strings. */
export function speak(locale: Locale, strings: IslandStrings<InboxKey>, guides: Record<string, string>) {
  const languages = new Intl.DisplayNames(locale, { type: 'language' });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const t = islandTranslate(locale, strings);
  const serviceKeys = new Set<string>(Object.keys(strings));
  const isServiceKey = (key: string): key is InboxKey => serviceKeys.has(key);
  return {
    t,
    serviceName: (id: string) => {
      const key = `feedback.service.${id}.name`;
      return isServiceKey(key) ? t.fill(key, {}) : id;
    },
    guideTitle: (slug: string) => guides[slug] ?? slug,
    languageName: (code: string | null) => (code ? (languages.of(code) ?? code) : '—'),
    date: (iso: string) => dates.format(new Date(iso)),
    day: (isoDay: string) => days.format(new Date(`${isoDay}T00:00:00Z`)),
    age: (iso: string, now = Date.now()) => {
      const elapsed = Date.parse(iso) - now;
      for (const [unit, size] of units) {
        if (Math.abs(elapsed) >= size) return relative.format(Math.round(elapsed / size), unit);
      }
      return relative.format(0, 'minute');
    },
  };
}
