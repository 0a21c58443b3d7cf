import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { StaffClient } from '../../api/staff-client.ts';
import { type Locale, localeCodes, locales } from '../../i18n/locales.ts';
import { siteUrl } from '../../lib/urls.ts';
import { $inboxLocale, $staff, signOut } from '../../stores/inbox.ts';
import type { speak } from './context.ts';

type Props = {
  words: ReturnType<typeof speak>;
  locale: Locale;
  client: StaffClient;
  /** The section shown, when signed in. */
  current?: 'feedback' | 'guides' | 'insights';
};

const themeKey = 'help-center-theme';
type Theme = 'system' | 'light' | 'dark';

function currentTheme(): Theme {
  const choice = document.documentElement.dataset.themeChoice;
  return choice === 'light' || choice === 'dark' ? choice : 'system';
}

/** The inbox's bar: its sections, the language, the theme, and signing out. */
export default function InboxHeader({ words, locale, client, current }: Props) {
  const staff = useStore($staff);
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const { t } = words;

  function chooseTheme(choice: Theme) {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    root.dataset.themeChoice = choice;
    try {
      localStorage.setItem(themeKey, choice);
    } catch {
      // storage off: the choice lasts for this page
    }
    setTheme(choice);
  }

  const sections = staff
    ? [
        { id: 'feedback', label: t('inbox.nav.feedback'), href: siteUrl('inbox/'), show: staff.services.length > 0 },
        { id: 'guides', label: t('inbox.nav.guides'), href: siteUrl('inbox/guides/'), show: staff.guides },
        { id: 'insights', label: t('inbox.nav.insights'), href: siteUrl('inbox/insights/'), show: staff.guides },
      ].filter((section) => section.show)
    : [];

  return (
    <header class="inbox-header">
      <a class="inbox-brand" href={siteUrl('inbox/')}>
        {t('inbox.brand')}
      </a>
      {sections.length > 0 && (
        <nav aria-label={t('inbox.nav.label')} class="inbox-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={section.href} aria-current={section.id === current ? 'page' : undefined}>
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="inbox-header__tools">
        <label class="inbox-compact-field">
          <span>{t('inbox.language')}</span>
          <select value={locale} onChange={(event) => $inboxLocale.set(event.currentTarget.value as Locale)}>
            {localeCodes.map((code) => (
              <option value={code} key={code} lang={code}>
                {locales[code].label}
              </option>
            ))}
          </select>
        </label>
        <label class="inbox-compact-field">
          <span>{t('inbox.theme')}</span>
          <select value={theme} onChange={(event) => chooseTheme(event.currentTarget.value as Theme)}>
            <option value="system">{t('inbox.theme.system')}</option>
            <option value="light">{t('inbox.theme.light')}</option>
            <option value="dark">{t('inbox.theme.dark')}</option>
          </select>
        </label>
        {staff && (
          <div class="inbox-account">
            <span class="inbox-account__email">{t('inbox.signedInAs', { email: staff.email })}</span>
            <button type="button" class="button button--secondary" onClick={() => void signOut(client)}>
              {t('inbox.signOut')}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
