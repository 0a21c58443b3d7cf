import { atom } from 'nanostores';

/** The screens of the simulated Manager. */
export type ManagerScreen =
  | 'dashboard'
  | 'profile'
  | 'newsletter'
  | 'security'
  | 'security-settings'
  | 'organizations'
  | 'ksuite'
  | 'customization'
  | 'payment-profiles'
  | 'domains'
  | 'domain'
  | 'account-access'
  | 'account-activities';

/** Where the Manager is: a screen, and for `domain` the domain shown. */
export interface ManagerLocation {
  screen: ManagerScreen;
  domainName?: string;
}

/** The current screen of the simulated Manager. A walkthrough sets it to open the Manager where a guide starts. */
export const $managerScreen = atom<ManagerLocation>({ screen: 'dashboard' });

/**
 * Bumped whenever the demo account changed behind the screens' back (reset, organization switch):
 * screens reload their data when it changes.
 */
export const $managerRevision = atom(0);

let focusRequested = false;

/** Opens a screen of the Manager; its heading then takes the focus (not on the first render of a page). */
export function openScreen(screen: ManagerScreen, params: Omit<ManagerLocation, 'screen'> = {}): void {
  focusRequested = true;
  $managerScreen.set({ screen, ...params });
}

/** True once after openScreen(): the screen that opens moves the focus to its heading. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

/** Makes every screen reload its data (after a reset or an organization switch). */
export function refreshManager(): void {
  $managerRevision.set($managerRevision.get() + 1);
}
