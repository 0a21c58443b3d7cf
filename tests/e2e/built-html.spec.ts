import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { serviceDescription, serviceName } from '../../src/content/service-text.ts';
import { services } from '../../src/content/services.ts';
import { type Locale, localeCodes } from '../../src/i18n/locales.ts';
import { fragmentLanguage, readFragment } from '../../src/integrations/search-vocabulary.ts';

const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * What a reader can see or hear of a page: its text and its attributes, without the scripts, and
 * without what islands receive to format themselves (their messages keep their `{count}` on purpose).
 */
function readable(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/\s(?:props|data-strings|data-search-config|data-script)=(?:"[^"]*"|'[^']*')/g, '');
}

test('no page of the build shows a placeholder left unfilled ({count}, {name}, an ICU plural)', () => {
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThan(100);
  const unfilled = files.flatMap((file) =>
    [...readable(readFileSync(file, 'utf8')).matchAll(/\{\s*[A-Za-z]\w*\s*(?:,[^{}]*)?\}/g)].map(
      (match) => `${relative(dist, file)}: ${match[0]}`,
    ),
  );
  expect(unfilled).toEqual([]);
});

test('the search index keeps each service name apart from its description (the give-feedback guide)', () => {
  const fragments = join(dist, 'pagefind/fragment');
  const texts = readdirSync(fragments).flatMap((file) =>
    readFragment(readFileSync(join(fragments, file))).map((page) => ({
      locale: fragmentLanguage(`fragment/${file}`) as Locale,
      ...page,
    })),
  );
  const guides = texts.filter((page) => page.url.includes('/guides/give-feedback/'));
  expect(guides.map((page) => page.locale).sort()).toEqual([...localeCodes].sort());
  for (const { locale, content } of guides) {
    for (const service of services) {
      expect(content, locale).toContain(`${serviceName(locale, service.id)} ${serviceDescription(locale, service.id)}`);
    }
  }
});
