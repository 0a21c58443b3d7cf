// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { inlineScriptHash, themeScript, themeStorageKey } from '../../src/lib/theme.ts';

const root = document.documentElement;
const run = () => new Function(themeScript)();

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.themeChoice;
  vi.restoreAllMocks();
});

describe('the head script that applies the theme before the first paint', () => {
  test('applies a remembered dark or light choice', () => {
    localStorage.setItem(themeStorageKey, 'dark');
    run();
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.themeChoice).toBe('dark');
    localStorage.setItem(themeStorageKey, 'light');
    run();
    expect(root.dataset.theme).toBe('light');
  });

  test('leaves the theme to the system when nothing, or something unknown, is stored', () => {
    run();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.themeChoice).toBe('system');
    localStorage.setItem(themeStorageKey, 'purple');
    run();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.themeChoice).toBe('system');
  });

  test('still runs when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(run).not.toThrow();
    expect(root.dataset.themeChoice).toBe('system');
  });

  test('its CSP hash is the SHA-256 of exactly the script that is rendered', () => {
    const expected = createHash('sha256').update(themeScript).digest('base64');
    expect(inlineScriptHash(themeScript)).toBe(`sha256-${expected}`);
    expect(inlineScriptHash(`${themeScript} `)).not.toBe(`sha256-${expected}`);
  });
});
