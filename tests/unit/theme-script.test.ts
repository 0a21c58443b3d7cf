// @vitest-environment jsdom
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

  // Known SHA-256 vectors, in the form CSP wants. That the rendered script matches its hash is
  // checked in the browser: tests/e2e/console.spec.ts fails on any CSP violation.
  test('hashes scripts the way CSP does: base64 SHA-256 of the exact text', () => {
    expect(inlineScriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(inlineScriptHash('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });
});
