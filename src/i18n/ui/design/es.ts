import type { designEn } from './en.ts';

export const designEs = {
  'design.theme': 'Tema',
  'design.themeSystem': 'Como mi dispositivo',
  'design.themeLight': 'Claro',
  'design.themeDark': 'Oscuro',
  'design.searchLabel': 'Buscar en el centro de ayuda',
  'design.searchPlaceholder': 'Por ejemplo: correo de recuperación, factura',
  'design.searchSubmit': 'Buscar',
  'design.popular': 'Guías más consultadas',
  'design.copyLink': 'Copiar el enlace a la sección «{section}»',
  'design.linkCopied': 'Enlace copiado',
  'design.shareImageAlt': 'Centro de ayuda: guías paso a paso para el Manager',
} as const satisfies Record<keyof typeof designEn, string>;
