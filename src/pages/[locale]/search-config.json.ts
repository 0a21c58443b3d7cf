import type { APIRoute } from 'astro';
import { searchConfig } from '../../components/search-config.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localePaths } from '../../lib/static-paths.ts';

export const getStaticPaths = localePaths;

/**
 * The header search's strings (parsed at build time) and topics, in one language: fetched when the
 * reader first opens search (src/islands/search/load-config.ts), so no page carries them.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchConfig(params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
