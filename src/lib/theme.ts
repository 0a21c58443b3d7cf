import { createHash } from 'node:crypto';

/** Where the reader's theme choice is remembered (localStorage). */
export const themeStorageKey = 'help-center-theme';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/**
 * Runs in <head> before the body is parsed, so the first paint already has the chosen theme.
 * It sets `data-theme` only for an explicit choice (CSS follows `prefers-color-scheme` otherwise)
 * and `data-theme-choice` always, which also tells the CSS that scripts run (the switch is shown
 * only then). localStorage can throw (storage disabled): the reader then simply gets the system theme.
 */
export const themeScript = `(()=>{let c;try{c=localStorage.getItem(${JSON.stringify(themeStorageKey)})}catch{}const r=document.documentElement;if(c==='light'||c==='dark'){r.dataset.theme=c}else{c='system'}r.dataset.themeChoice=c})()`;

/** The CSP source expression that allows exactly `script` as an inline script: `'sha256-…'`. */
export function inlineScriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
