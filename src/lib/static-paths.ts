import { localeCodes } from '../i18n/locales.ts';

/** `getStaticPaths` for pages that exist once per locale. */
export const localePaths = () => localeCodes.map((locale) => ({ params: { locale } }));
