import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicIds } from '../../src/content/topics.ts';
import { type LocaleText, learnLocaleText, pick, type Random, seededRandom } from './text-model.ts';

/** Walkthrough ids that exist in the project, each with six steps, so walkthrough islands are exercised. */
const walkthroughs = ['recovery-email', 'leave-organization'] as const;
const stepsPerTask = 6;

/** "This guide explains how to…" in each locale, so descriptions read like the real ones. */
const descriptionStart: Record<string, string> = {
  en: 'This guide explains how to',
  fr: 'Ce guide explique comment',
  de: 'Diese Anleitung erklärt, wie Sie',
  it: 'Questa guida spiega come',
  es: 'Esta guía explica cómo',
};

export interface GeneratedContent {
  files: number;
  words: { min: number; max: number; mean: number };
}

/**
 * Writes `perLocale` synthetic guides for every locale into `outDir/<locale>/<slug>.mdx`, with the
 * project's guide format (tests/fixtures/guide-format.md): valid frontmatter, 300–700 words, a
 * summary, prerequisites, two tasks of six numbered steps in `<Steps walkthrough>`, an Aside in
 * one guide out of three. Text is generated from the project's real guides of the same locale.
 */
export function writeSyntheticGuides(
  realGuidesDir: string,
  outDir: string,
  locales: readonly string[],
  perLocale: number,
): GeneratedContent {
  const texts = new Map(locales.map((locale) => [locale, learnLocaleText(realGuidesDir, locale)]));
  const english = texts.get('en');
  if (!english) throw new Error('The synthetic content needs English, the source locale.');
  const counts: number[] = [];
  for (let index = 0; index < perLocale; index++) {
    const slugRandom = seededRandom(index + 1);
    const slug = `${slugify(english.sentence(slugRandom, 3, 6))}-${index + 1}`;
    const shared = sharedFrontmatter(index, seededRandom(10_000 + index));
    for (const [locale, text] of texts) {
      const random = seededRandom(hash(`${locale}/${slug}`));
      const { source, words } = guideSource(locale, text, shared, random);
      mkdirSync(join(outDir, locale), { recursive: true });
      writeFileSync(join(outDir, locale, `${slug}.mdx`), source);
      counts.push(words);
    }
  }
  const sum = counts.reduce((total, count) => total + count, 0);
  return {
    files: counts.length,
    words: { min: Math.min(...counts), max: Math.max(...counts), mean: Math.round(sum / counts.length) },
  };
}

/** Fields every translation of a guide shares: same topic, order and date (no "outdated" warnings). */
function sharedFrontmatter(index: number, random: Random) {
  const topic = topicIds[index % topicIds.length] as string;
  const order = Math.floor(index / topicIds.length) + 1;
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 330) * 86_400_000);
  return { topic, order, updated: day.toISOString().slice(0, 10), targetWords: 300 + Math.floor(random() * 401) };
}

function guideSource(locale: string, text: LocaleText, shared: ReturnType<typeof sharedFrontmatter>, random: Random) {
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => text.sentence(random)).join(' ');
  const heading = () => pick(random, text.headings);
  const task = (walkthrough: string) => [
    `## ${heading()}`,
    paragraph(2),
    `<Steps walkthrough="${walkthrough}">`,
    Array.from({ length: stepsPerTask }, (_, step) => `${step + 1}. ${pick(random, text.steps)}`).join('\n'),
    '</Steps>',
    paragraph(1),
  ];
  const blocks = [
    `## ${heading()}`,
    paragraph(3),
    ...task(walkthroughs[0]),
    ...(random() < 1 / 3 ? ['<Aside kind="note">', paragraph(2), '</Aside>'] : []),
    ...task(walkthroughs[1]),
    `## ${heading()}`,
  ];
  // A closing "learn more" section grows the guide to its target length, a paragraph at a time.
  let words = countWords(blocks);
  while (words < shared.targetWords) {
    const more = paragraph(Math.min(3, Math.ceil((shared.targetWords - words) / 15)));
    blocks.push(more);
    words += countWords([more]);
  }
  const title = text.sentence(random, 4, 9).replace(/[.!?,;:]+$/, '');
  const description = `${descriptionStart[locale] ?? ''} ${lowerFirst(text.sentence(random, 8, 16))}`;
  const prerequisites = [text.sentence(random, 6, 14), text.sentence(random, 6, 14)];
  const frontmatter = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    `topic: ${shared.topic}`,
    `order: ${shared.order}`,
    `updated: ${shared.updated}`,
    'prerequisites:',
    ...prerequisites.map((item) => `  - ${yamlString(item)}`),
    '---',
  ];
  return { source: `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n`, words };
}

function countWords(blocks: string[]): number {
  return blocks
    .filter((block) => !/^<\/?(Steps|Aside)/.test(block))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

const yamlString = (value: string) => JSON.stringify(value);
const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

function hash(value: string): number {
  let result = 2166136261;
  for (const char of value) result = Math.imul(result ^ (char.codePointAt(0) ?? 0), 16777619);
  return result >>> 0;
}
