/**
 * The one place where the site's languages are declared. Routing (astro.config.mjs), the
 * content schema, the language switcher, hreflang links and date formatting all derive from it.
 */
export const locales = {
  en: { label: 'English', tag: 'en', dateStyle: 'long' },
  fr: { label: 'Français', tag: 'fr', dateStyle: 'long' },
  de: { label: 'Deutsch', tag: 'de', dateStyle: 'long' },
  it: { label: 'Italiano', tag: 'it', dateStyle: 'long' },
  es: { label: 'Español', tag: 'es', dateStyle: 'long' },
} as const satisfies Record<string, { label: string; tag: string; dateStyle: 'long' | 'medium' }>;

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in locales;
}
