import type { Walkthrough } from './engine.ts';
import { click, step } from './steps.ts';

/** End a session: from the profile, Account access and activities → Account access → the icon by a device. */
export const endSession: Walkthrough = {
  id: 'end-session',
  start: { screen: 'profile' },
  steps: [
    step(click('access-manage')),
    step(click('account-access-tab')),
    step(click('end-session'), click('confirm-end-session', { hint: 'walkthrough.action.confirm' })),
  ],
  changesAccount: true,
  async facts(api, t) {
    const { sessions } = await api.getSessions();
    return [{ label: t('walkthrough.fact.devices'), value: sessions.map((session) => session.device).join(', ') }];
  },
};
