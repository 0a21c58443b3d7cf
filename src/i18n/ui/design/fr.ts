import type { designEn } from './en.ts';

export const designFr = {
  'design.theme': 'Thème',
  'design.themeSystem': 'Comme mon appareil',
  'design.themeLight': 'Clair',
  'design.themeDark': 'Sombre',
  'design.searchLabel': 'Rechercher dans le centre d’aide',
  'design.searchPlaceholder': 'Par exemple : e-mail de récupération, facture',
  'design.searchSubmit': 'Rechercher',
  'design.popular': 'Guides les plus consultés',
  'design.copyLink': 'Copier le lien vers la section « {section} »',
  'design.linkCopied': 'Lien copié',
  'design.shareImageAlt': 'Centre d’aide : des guides pas à pas pour le Manager',
} as const satisfies Record<keyof typeof designEn, string>;
