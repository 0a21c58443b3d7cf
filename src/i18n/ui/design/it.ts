import type { designEn } from './en.ts';

export const designIt = {
  'design.theme': 'Tema',
  'design.themeSystem': 'Come il mio dispositivo',
  'design.themeLight': 'Chiaro',
  'design.themeDark': 'Scuro',
  'design.searchLabel': 'Cerca nel centro assistenza',
  'design.searchPlaceholder': 'Per esempio: e-mail di recupero, fattura',
  'design.searchSubmit': 'Cerca',
  'design.popular': 'Guide più consultate',
  'design.copyLink': 'Copia il link alla sezione «{section}»',
  'design.linkCopied': 'Link copiato',
  'design.shareImageAlt': 'Centro assistenza: guide passo per passo per il Manager',
} as const satisfies Record<keyof typeof designEn, string>;
