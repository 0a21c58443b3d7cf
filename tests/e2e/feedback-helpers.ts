import type { Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import { feedbackDe } from '../../src/i18n/ui/feedback/de.ts';
import { feedbackEn } from '../../src/i18n/ui/feedback/en.ts';
import { feedbackEs } from '../../src/i18n/ui/feedback/es.ts';
import { feedbackFr } from '../../src/i18n/ui/feedback/fr.ts';
import { feedbackIt } from '../../src/i18n/ui/feedback/it.ts';

/** The feedback strings of each locale, as the reader sees them. */
export const strings: Record<Locale, Record<keyof typeof feedbackEn, string>> = {
  en: feedbackEn,
  fr: feedbackFr,
  de: feedbackDe,
  it: feedbackIt,
  es: feedbackEs,
};

/** A template's fixed text before its first placeholder: "Sent, reference {reference}" → "Sent, reference". */
export const lead = (template: string) => template.split('{')[0]?.trim() ?? template;

export interface Typed {
  kind?: 'suggestion' | 'problem' | 'praise';
  subject?: string;
  message?: string;
  email?: string;
}

/** Fills the form the way a reader does: by the labels of the page's language. */
export async function fillFeedback(page: Page, locale: Locale, typed: Typed) {
  const t = strings[locale];
  const form = page.locator('form[data-feedback-form]').first();
  if (typed.kind) await form.getByRole('radio', { name: t[`feedback.kind.${typed.kind}`] }).check();
  if (typed.subject !== undefined)
    await form.getByRole('textbox', { name: t['feedback.subject.label'] }).fill(typed.subject);
  if (typed.message !== undefined)
    await form.getByRole('textbox', { name: t['feedback.message.label'] }).fill(typed.message);
  if (typed.email !== undefined) await form.getByRole('textbox', { name: t['feedback.email.label'] }).fill(typed.email);
}

export const submit = (page: Page, locale: Locale) =>
  page.getByRole('button', { name: strings[locale]['feedback.submit'] }).click();

/** The "My feedback on this device" list. */
export const myFeedback = (page: Page, locale: Locale) =>
  page.getByRole('region', { name: strings[locale]['feedback.mine.title'] }).getByRole('listitem');
