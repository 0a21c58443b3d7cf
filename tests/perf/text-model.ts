import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded random source, so two runs of the benchmark build the same content. */
export type Random = () => number;

/** mulberry32: a tiny, good-enough PRNG for generating text. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
};

/**
 * What one locale's real guides are made of: their prose (as a word chain, so generated text has
 * the locale's real words and stemming), their numbered steps (with the real bold Manager labels)
 * and their headings.
 */
export interface LocaleText {
  sentence(random: Random, minWords?: number, maxWords?: number): string;
  steps: string[];
  headings: string[];
}

/** Characters that mean something to MDX: generated prose must not contain them. */
const mdxSyntax = /[{}<>*`|[\]]/g;

/** Learns a locale's text from `guidesDir/<locale>/*.mdx` (the project's real guides). */
export function learnLocaleText(guidesDir: string, locale: string): LocaleText {
  const folder = join(guidesDir, locale);
  const prose: string[] = [];
  const steps: string[] = [];
  const headings: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    const body = readFileSync(join(folder, file), 'utf8').split(/^---$/m).slice(2).join('---');
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (/^\d+\.\s/.test(line)) steps.push(line.replace(/^\d+\.\s+/, ''));
      else if (/^##+\s/.test(line)) headings.push(line.replace(/^##+\s+/, '').replace(mdxSyntax, ''));
      else if (line && !line.startsWith('<')) prose.push(line.replace(/^-\s+/, '').replace(mdxSyntax, ''));
    }
  }
  if (!prose.length || !steps.length) throw new Error(`No guides to learn from in ${folder}`);
  return { sentence: wordChain(prose), steps, headings };
}

/** A first-order word chain over the given lines: plausible, varied sentences in their language. */
function wordChain(lines: string[]) {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const line of lines) {
    const words = line.split(/\s+/).filter(Boolean);
    if (words[0]) starts.push(words[0]);
    for (let i = 0; i < words.length - 1; i++) {
      const word = words[i] as string;
      if (!next.has(word)) next.set(word, []);
      next.get(word)?.push(words[i + 1] as string);
    }
  }
  const capitalStarts = starts.filter((word) => /^\p{Lu}/u.test(word));
  return (random: Random, minWords = 8, maxWords = 24) => {
    const words = [pick(random, capitalStarts.length ? capitalStarts : starts)];
    while (words.length < maxWords) {
      const last = words[words.length - 1] as string;
      if (words.length >= minWords && /[.!?]$/.test(last)) break;
      const options = next.get(last);
      words.push(options ? pick(random, options) : pick(random, starts).toLowerCase());
    }
    const text = words.join(' ').replace(/[,;:]$/, '');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };
}
