import { atom } from 'nanostores';

/** The screens of the simulated Manager. */
export const managerScreens = [
  'dashboard',
  'profile',
  'newsletter',
  'security',
  'security-settings',
  'organizations',
  'ksuite',
  'customization',
  'payment-profiles',
  'domains',
  'domain',
  'account-access',
  'account-activities',
] as const;
export type ManagerScreen = (typeof managerScreens)[number];

/** Where the Manager is: a screen, and for `domain` the domain shown. */
export interface ManagerLocation {
  screen: ManagerScreen;
  domainName?: string;
  /** Set when the reader opened the screen (openScreen), not on a page's first render: its heading takes the focus. */
  opened?: boolean;
}

/** The current screen of the simulated Manager. A walkthrough sets it to open the Manager where a guide starts. */
export const $managerScreen = atom<ManagerLocation>({ screen: 'dashboard' });

/**
 * Bumped whenever the demo account changed behind the screens' back (reset, organization switch):
 * screens reload their data when it changes.
 */
export const $managerRevision = atom(0);

/** Opens a screen of the Manager; its heading then takes the focus (not on the first render of a page). */
export function openScreen(screen: ManagerScreen, params: Omit<ManagerLocation, 'screen' | 'opened'> = {}): void {
  $managerScreen.set({ screen, ...params, opened: true });
}

/** Makes every screen reload its data (after a reset or an organization switch). */
export function refreshManager(): void {
  $managerRevision.set($managerRevision.get() + 1);
}
