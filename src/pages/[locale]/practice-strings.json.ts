import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { practiceStrings } from '../../i18n/practice-dictionaries.ts';
import { localePaths } from '../../lib/static-paths.ts';

export const getStaticPaths = localePaths;

/**
 * What the practice Manager and the walkthroughs say, in one language, parsed at build time: the
 * first "Try it" fetches this one file (src/i18n/practice-strings.ts), not five dictionaries.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(practiceStrings(params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
