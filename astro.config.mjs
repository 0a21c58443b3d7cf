// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { feedbackServiceInDev } from './src/integrations/feedback-service-dev.ts';
import { messageParserOnServer } from './src/integrations/message-parser-on-server.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { quietHeadInjectWarning } from './src/integrations/quiet-head-inject-warning.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { stepListAnchors } from './src/integrations/step-list-anchors.ts';

// The site can be hosted under any path (e.g. BASE_PATH=/support/faq/) and any origin.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://help.example.com';
// A real feedback/API backend on another origin must be allowed to receive requests.
const apiOrigin = process.env.PUBLIC_API_BASE?.startsWith('http')
  ? ` ${new URL(process.env.PUBLIC_API_BASE).origin}`
  : '';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // Test builds of fixture content use their own cache so they never touch the real build's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // Stylesheets as files, never inlined: a reader's next page reuses them from the cache instead
  // of every guide's HTML carrying 11 KB of the same CSS (tests/perf/results/scale-2026-12-03.md).
  build: { inlineStylesheets: 'never' },
  // Strict Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it
  // emits (and the theme script registers its own hash). Pagefind needs WebAssembly
  // ('wasm-unsafe-eval'); the practice Manager's mock backend is a service worker (worker-src).
  // src/integrations/security-headers.ts writes the same policy to dist/_headers for static hosts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `connect-src 'self'${apiOrigin}`,
        "img-src 'self' data:",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [messageParserOnServer(), quietHeadInjectWarning()],
    resolve: {
      // MSW's browser cookie jar, unused by the practice API: see mocks/without-cookie-jar.ts.
      alias: { 'tough-cookie': fileURLToPath(new URL('./mocks/without-cookie-jar.ts', import.meta.url)) },
    },
  },
  // No guide shows code, and Shiki's highlighting is inline `style` attributes, which the
  // Content-Security-Policy above refuses: a code block is a plain <pre><code> styled by our CSS.
  // Off, the MDX processor also skips starting a Shiki highlighter at every build.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // `/` is our own page that picks the reader's language (src/pages/index.astro).
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // Each guide's step lists learn their section's heading, for search sub-results.
    mdx({ processor: satteri({ mdastPlugins: [stepListAnchors()] }) }),
    // Preact's JSX lives in .tsx files only. Without `include`, its Vite plugin runs Babel over
    // every .ts and .mjs module outside node_modules, including Astro's list of content modules
    // (over 500 KB at 7,500 guides, "deoptimised" by Babel's code generator on every build).
    preact({ include: [/\.tsx$/] }),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // Only real pages: not the 404, nor `/`, which only sends the reader to their language, nor
      // search results (noindex: for readers, not for search engines), nor the staff inbox.
      filter: (page) =>
        !page.endsWith('/404/') &&
        !page.endsWith('/search/') &&
        !new URL(page).pathname.startsWith(`${base}inbox/`) &&
        new URL(page).pathname !== base,
    }),
    pagefindIndex(),
    securityHeaders(),
    feedbackServiceInDev(),
  ],
});
