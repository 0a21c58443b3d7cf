import { render } from 'preact';
import type { HelpfulIslandKey } from '../content/service-text.ts';
import type { IslandStrings } from '../i18n/island-strings.ts';
import { isLocale } from '../i18n/locales.ts';
import Helpful from './Helpful.tsx';

/** Replaces the static question inside `<guide-helpful>` with the island, already answered. */
export function mountHelpful(host: HTMLElement, answer: 'yes' | 'no'): void {
  // GuideFeedback.astro writes them from helpfulIslandStrings(), typed there.
  const strings = JSON.parse(host.dataset.strings ?? '{}') as IslandStrings<HelpfulIslandKey>;
  const locale = isLocale(host.dataset.locale) ? host.dataset.locale : 'en';
  host.replaceChildren();
  render(<Helpful guide={host.dataset.guide ?? ''} locale={locale} strings={strings} answer={answer} />, host);
}
