import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Staff } from '../../api/staff.ts';
import type { StaffClient } from '../../api/staff-client.ts';
import { format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Everything an inbox component needs to speak the person's language and call the service. */
export interface Inbox {
  locale: Locale;
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A counted phrase in the right plural form: `plural('inbox.list.total', 3)` → "3 messages". */
  plural: (key: string, count: number, values?: Record<string, string | number>) => string;
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
export function speak(locale: Locale, strings: Record<string, string>, guides: Record<string, string>) {
  const rules = new Intl.PluralRules(locale);
  const languages = new Intl.DisplayNames(locale, { type: 'language' });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const t = (key: string, values?: Record<string, string | number>) => format(strings[key] ?? key, values);
  return {
    t,
    plural: (key: string, count: number, values: Record<string, string | number> = {}) =>
      format(strings[`${key}.${rules.select(count)}`] ?? strings[`${key}.other`] ?? key, {
        ...values,
        count: count.toLocaleString(locale),
      }),
    serviceName: (id: string) => strings[`feedback.service.${id}.name`] ?? id,
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
