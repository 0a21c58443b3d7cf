import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type GetFilesResponse } from 'pagefind';
import { serveLatestIndex } from './pagefind-dev.ts';
import { fragmentLanguage, readFragment, vocabulary } from './search-vocabulary.ts';

/** Name of the vocabulary file of a language, next to Pagefind's own files (read by src/islands/search/spelling.ts). */
export const vocabularyFile = (language: string) => `search-words.${language}.json`;

/**
 * Builds the Pagefind search index at the end of every `astro build`, so nobody can forget it.
 * Pagefind splits the index by `<html lang>`: one index per locale, nothing to configure. Only
 * guide articles are indexed (`data-pagefind-body`, see GuideArticle.astro); untranslated guides
 * shown in English on another locale's pages carry no `data-pagefind-body`, so they stay out.
 * Under `astro dev`, the index of the latest build is served (see pagefind-dev.ts).
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let base = '/';
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (outDir) serveLatestIndex(server, { outDir: fileURLToPath(outDir), base, logger });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({
          // The table of contents and the walkthrough's controls are not what a reader searches for.
          excludeSelectors: ['nav', 'button'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const output = `${site}pagefind`;
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        const words = await writeVocabularies(await index.getFiles(), output);
        await close();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`read ${added.page_count} pages, indexed the guides into pagefind/ (${words}) in ${seconds}s`);
      },
    },
  };
}

/** Writes one vocabulary file per indexed language; returns a summary for the build log. */
async function writeVocabularies({ files, errors }: GetFilesResponse, output: string): Promise<string> {
  if (errors.length) throw new Error(`Pagefind could not list its files: ${errors.join('; ')}`);
  const texts = new Map<string, string[]>();
  for (const file of files) {
    const language = fragmentLanguage(file.path);
    if (!language) continue;
    const pages = readFragment(file.content);
    texts.set(language, [...(texts.get(language) ?? []), ...pages.map((page) => page.content)]);
  }
  await mkdir(output, { recursive: true });
  const summary: string[] = [];
  for (const [language, pageTexts] of texts) {
    const words = vocabulary(pageTexts);
    await writeFile(`${output}/${vocabularyFile(language)}`, JSON.stringify(words));
    summary.push(`${language}: ${pageTexts.length} guides, ${words.length} words`);
  }
  return summary.join('; ') || 'no language';
}
