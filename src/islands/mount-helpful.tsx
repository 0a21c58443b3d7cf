import { render } from 'preact';
import Helpful from './Helpful.tsx';

/** Replaces the static question inside `<guide-helpful>` with the island, already answered. */
export function mountHelpful(host: HTMLElement, answer: 'yes' | 'no'): void {
  const strings = JSON.parse(host.dataset.strings ?? '{}') as Record<string, string>;
  host.replaceChildren();
  render(
    <Helpful guide={host.dataset.guide ?? ''} locale={host.dataset.locale ?? ''} strings={strings} answer={answer} />,
    host,
  );
}
