import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import type { SignIn, Staff } from '../api/staff.ts';
import { StaffApiError, type StaffClient } from '../api/staff-client.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** Who is signed in: undefined while the inbox asks the service, null when nobody is. */
export const $staff = atom<Staff | null | undefined>(undefined);

/** Why the sign-in form shows (the session ended, the person signed out), as an error code. */
export const $signInNotice = atom<'not-signed-in' | 'signed-out' | undefined>(undefined);

/** The inbox's language: the person's choice, else the browser's, else English. */
export const $inboxLocale = persistentAtom<Locale>('help-center-inbox-locale', browserLocale(), {
  encode: (value) => value,
  decode: (value) => (isLocale(value) ? value : browserLocale()),
});

/** Single-key shortcuts (j, k, x, o, /, ?): on by default, and they can be turned off (WCAG 2.1.4). */
export const $shortcutsOn = persistentAtom<boolean>('help-center-inbox-shortcuts', true, {
  encode: (value) => (value ? 'on' : 'off'),
  decode: (value) => value !== 'off',
});

function browserLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const language of languages) {
    const code = language.slice(0, 2).toLowerCase();
    if (isLocale(code)) return code;
  }
  return 'en';
}

export async function loadSession(client: StaffClient): Promise<void> {
  $staff.set((await client.session()).staff);
}

export async function signIn(client: StaffClient, input: SignIn): Promise<void> {
  const { staff } = await client.signIn(input);
  $signInNotice.set(undefined);
  $staff.set(staff);
}

export async function signOut(client: StaffClient): Promise<void> {
  try {
    await client.signOut();
  } catch (error) {
    // Already ended on the server: signed out all the same.
    if (!(error instanceof StaffApiError && error.status === 401)) throw error;
  }
  $signInNotice.set('signed-out');
  $staff.set(null);
}

/** A call failed because the session ended (expired, signed out elsewhere, account removed). */
export function sessionEnded(error: unknown): boolean {
  if (!(error instanceof StaffApiError) || error.status !== 401) return false;
  $signInNotice.set('not-signed-in');
  $staff.set(null);
  return true;
}
