import type { designEn } from './en.ts';

export const designDe = {
  'design.theme': 'Farbschema',
  'design.themeSystem': 'Wie mein Gerät',
  'design.themeLight': 'Hell',
  'design.themeDark': 'Dunkel',
  'design.searchLabel': 'Im Hilfe-Center suchen',
  'design.searchPlaceholder': 'Zum Beispiel: Wiederherstellungs-E-Mail, Rechnung',
  'design.searchSubmit': 'Suchen',
  'design.popular': 'Beliebte Anleitungen',
  'design.copyLink': 'Link zum Abschnitt „{section}“ kopieren',
  'design.linkCopied': 'Link kopiert',
  'design.shareImageAlt': 'Hilfe-Center: Schritt-für-Schritt-Anleitungen für den Manager',
} as const satisfies Record<keyof typeof designEn, string>;
