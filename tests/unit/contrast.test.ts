import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The colour tokens of each theme block in tokens.css: light, dark by system, dark by choice. */
function themeBlocks(css: string): Record<'light' | 'darkBySystem' | 'darkByChoice', Record<string, string>> {
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`tokens.css has no "${selector} {" block`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
  };
  return {
    light: block(':root'),
    darkBySystem: block(':root:not([data-theme="light"])'),
    darkByChoice: block(':root[data-theme="dark"]'),
  };
}

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const backgrounds = ['bg', 'bg-soft', 'surface', 'hero-bg'];
/** [foreground, backgrounds, minimum]: 4.5 for text (1.4.3), 3 for focus rings and control edges (1.4.11). */
const pairs: [string, string[], number][] = [
  ['text', [...backgrounds, 'note-bg', 'tip-bg', 'caution-bg', 'label-bg', 'accent-soft'], 4.5],
  ['text-muted', [...backgrounds, 'accent-soft'], 4.5],
  ['accent', [...backgrounds, 'note-bg', 'tip-bg', 'accent-soft'], 4.5],
  ['accent-strong', [...backgrounds, 'accent-soft'], 4.5],
  ['on-accent', ['accent', 'accent-strong'], 4.5],
  ['caution-text', ['caution-bg'], 4.5],
  ['success', ['bg', 'surface', 'tip-bg'], 4.5],
  ['focus', [...backgrounds, 'accent-soft'], 3],
  ['border-strong', ['surface', 'hero-bg'], 3],
];

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const themes = themeBlocks(css);

describe('colour tokens', () => {
  test('the dark theme is the same whether it comes from the system or from the reader’s choice', () => {
    expect(themes.darkByChoice).toEqual(themes.darkBySystem);
  });

  for (const [name, tokens] of Object.entries(themes)) {
    test(`${name}: every text and control colour meets WCAG 2.2 AA on the backgrounds it is used on`, () => {
      const failures: string[] = [];
      for (const [foreground, grounds, minimum] of pairs) {
        for (const ground of grounds) {
          const fg = tokens[`color-${foreground}`];
          const bg = tokens[`color-${ground}`];
          if (!fg || !bg) {
            failures.push(`missing --color-${fg ? ground : foreground}`);
            continue;
          }
          const ratio = contrast(fg, bg);
          if (ratio < minimum) failures.push(`${foreground} on ${ground}: ${ratio.toFixed(2)} < ${minimum}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
