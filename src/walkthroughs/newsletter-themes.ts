import type { UiKey } from '../i18n/t.ts';
import type { Walkthrough } from './engine.ts';
import { click, logIn, on, step } from './steps.ts';

/** Newsletter themes: profile → Infomaniak News → toggle a theme → Save. */
export const newsletterThemes: Walkthrough = {
  id: 'newsletter-themes',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    step(click('profile-menu'), click('manage-my-profile')),
    // Any theme's toggle will do; the spotlight suggests one the practice account does not receive yet.
    step(click('newsletter-manage'), {
      kind: 'click',
      on: on('newsletter-theme-toggle', { 'data-theme': 'events' }),
      or: [{ on: on('newsletter-theme-toggle') }],
    }),
    step(click('newsletter-save')),
  ],
  changesAccount: true,
  async facts(api, t) {
    const { themes } = await api.getNewsletter();
    const names = themes
      .filter((theme) => theme.subscribed)
      .map((theme) => t(`sandbox.news.theme.${theme.id}` as UiKey));
    return [{ label: t('walkthrough.fact.newsletter'), value: names.join(', ') || t('walkthrough.fact.none') }];
  },
};
