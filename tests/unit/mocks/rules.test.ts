import { describe, expect, test } from 'vitest';
import { demoPassword } from '../../../mocks/db/index.ts';
import { refusal } from './refusal.ts';
import { base, useSandbox } from './setup.ts';

const sandbox = useSandbox();

/** Changes one membership of the demo account, to meet or break one rule at a time. */
function setMembership(
  id: string,
  change: Partial<Record<'isKSuiteMember' | 'loginInMailService' | 'isLastOwner', boolean>>,
) {
  sandbox.db.update((state) => {
    const organization = state.organizations.find((candidate) => candidate.id === id);
    if (!organization) throw new Error(`no organization ${id}`);
    Object.assign(organization, { isKSuiteMember: false, loginInMailService: false, isLastOwner: false }, change);
  });
}

describe('leaving an organization', () => {
  test('is allowed where none of the three rules applies', async () => {
    const list = await sandbox.api.leaveOrganization('org-rowing-club');
    expect(list.organizations.map((organization) => organization.id)).not.toContain('org-rowing-club');
    expect(sandbox.db.read().organizations).toHaveLength(2);
  });

  test.each([
    ['isKSuiteMember', 'ksuite-member'],
    ['loginInMailService', 'mail-service-login'],
    ['isLastOwner', 'last-owner'],
  ] as const)('is refused when %s, with reason %s', async (flag, reason) => {
    setMembership('org-rowing-club', { [flag]: true });
    const error = await refusal(() => sandbox.api.leaveOrganization('org-rowing-club'));
    expect([error.status, error.code]).toEqual([409, 'leave-refused']);
    expect(error.body?.reasons).toEqual([reason]);
    expect(sandbox.db.read().organizations).toHaveLength(3);
  });

  test('the seed refuses the last owner and the kSuite member with their reasons', async () => {
    expect((await refusal(() => sandbox.api.leaveOrganization('org-atelier-morel'))).body?.reasons).toEqual([
      'last-owner',
    ]);
    expect((await refusal(() => sandbox.api.leaveOrganization('org-studio-lumen'))).body?.reasons).toEqual([
      'ksuite-member',
      'mail-service-login',
    ]);
  });

  test('leaving the current organization moves the user to another one', async () => {
    await sandbox.api.switchOrganization('org-rowing-club');
    const list = await sandbox.api.leaveOrganization('org-rowing-club');
    expect(list.currentOrganizationId).toBe('org-atelier-morel');
  });
});

describe('customizing an organization', () => {
  const initials = { square: { kind: 'initials', initials: 'CM' }, rectangularLogoName: 'banner.png' } as const;

  test.each(['org-atelier-morel', 'org-studio-lumen'])(
    'is allowed to a legal representative or administrator (%s)',
    async (id) => {
      expect(await sandbox.api.saveCustomization(id, initials)).toEqual(initials);
      expect(sandbox.db.read().organizations.find((organization) => organization.id === id)?.customization).toEqual(
        initials,
      );
    },
  );

  test('is refused to a collaborator', async () => {
    const error = await refusal(() => sandbox.api.saveCustomization('org-rowing-club', initials));
    expect([error.status, error.code]).toEqual([403, 'customization-not-allowed']);
  });

  test('a square logo cannot come with a rectangular logo', async () => {
    const error = await refusal(() =>
      sandbox.api.saveCustomization('org-atelier-morel', {
        square: { kind: 'logo', logoName: 'square.svg' },
        rectangularLogoName: 'banner.png',
      }),
    );
    expect(error.fieldErrors).toEqual({ rectangularLogoName: 'square-logo-excludes-rectangular' });
  });
});

describe('deleting the account', () => {
  test('needs the right password', async () => {
    const error = await refusal(() => sandbox.api.deleteAccount({ password: 'guess' }));
    expect([error.status, error.code]).toEqual([403, 'wrong-password']);
    expect(sandbox.db.read().user.deleted).toBe(false);
  });

  test('is refused while the user is the only account of an organization', async () => {
    sandbox.db.update((state) => {
      (state.organizations[0] as { memberCount: number }).memberCount = 1;
    });
    const error = await refusal(() => sandbox.api.deleteAccount({ password: demoPassword }));
    expect([error.status, error.code, error.body?.organizationName]).toEqual([
      409,
      'only-account-of-organization',
      'Atelier Morel',
    ]);
  });

  test('the practice situation "alone in an organization" makes deletion refused; a plain reset undoes it', async () => {
    await sandbox.api.resetSandbox('alone-in-organization');
    const atelier = (await sandbox.api.getOrganizations()).organizations.find((o) => o.id === 'org-atelier-morel');
    expect(atelier?.memberCount).toBe(1);
    const error = await refusal(() => sandbox.api.deleteAccount({ password: demoPassword }));
    expect([error.status, error.code, error.body?.organizationName]).toEqual([
      409,
      'only-account-of-organization',
      'Atelier Morel',
    ]);
    await sandbox.api.resetSandbox();
    expect(await sandbox.api.deleteAccount({ password: demoPassword })).toEqual({ ok: true });
  });

  test('an unknown practice situation is a 400, and the account is left as it was', async () => {
    sandbox.db.update((state) => {
      state.user.firstName = 'Changed';
    });
    const response = await fetch(`${base}sandbox/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ situation: 'everything-broken' }),
    });
    expect(response.status).toBe(400);
    expect(sandbox.db.read().user.firstName).toBe('Changed');
  });

  test('with the right password deletes it; then the API answers 410 until the sandbox is reset', async () => {
    expect(await sandbox.api.deleteAccount({ password: demoPassword })).toEqual({ ok: true });
    expect((await refusal(() => sandbox.api.getProfile())).status).toBe(410);
    await sandbox.api.resetSandbox();
    expect((await sandbox.api.getProfile()).firstName).toBe('Camille');
  });
});

describe('kSuite subscription', () => {
  test('can move to a higher plan with more users and storage', async () => {
    const ksuite = await sandbox.api.modifyKSuite('ksuite-atelier', { plan: 'business', users: 60, storageGb: 2000 });
    expect(ksuite).toMatchObject({ plan: 'business', users: 60, storageGb: 2000 });
  });

  test('refuses more users than the plan allows, fewer than in use, or less storage than used', async () => {
    expect(
      (
        await refusal(() =>
          sandbox.api.modifyKSuite('ksuite-atelier', { plan: 'standard', users: 80, storageGb: 1000 }),
        )
      ).fieldErrors,
    ).toEqual({ users: 'too-many-users-for-plan' });
    expect(
      (await refusal(() => sandbox.api.modifyKSuite('ksuite-atelier', { plan: 'standard', users: 1, storageGb: 1000 })))
        .fieldErrors,
    ).toEqual({ users: 'fewer-than-in-use' });
    await sandbox.api.switchOrganization('org-studio-lumen');
    expect(
      (await refusal(() => sandbox.api.modifyKSuite('ksuite-lumen', { plan: 'business', users: 20, storageGb: 1000 })))
        .fieldErrors,
    ).toEqual({ storageGb: 'less-than-used' });
  });
});

describe('payment profiles', () => {
  const nextYear = new Date().getUTCFullYear() + 1;
  const card = {
    label: 'Backup',
    holder: 'Camille Morel',
    cardNumber: '5555 5555 5555 4444',
    expiryMonth: 3,
    expiryYear: nextYear,
  };

  test('a valid card is added, keeping only its last four digits', async () => {
    const profile = await sandbox.api.addPaymentProfile(card);
    expect(profile).toMatchObject({ brand: 'mastercard', last4: '4444', isDefault: false });
    expect(JSON.stringify(sandbox.db.read())).not.toContain('5555555555554444');
    expect((await sandbox.api.getPaymentProfiles()).paymentProfiles).toHaveLength(2);
  });

  test('an existing profile is updated in place and can become the default', async () => {
    const profile = await sandbox.api.updatePaymentProfile('pay-visa', {
      ...card,
      cardNumber: '4000 0566 5566 5556',
      isDefault: true,
    });
    expect(profile).toMatchObject({ id: 'pay-visa', last4: '5556', isDefault: true });
    expect((await sandbox.api.getPaymentProfiles()).paymentProfiles).toHaveLength(1);
  });

  test('a wrong number, a past expiry and a missing holder get field errors', async () => {
    const error = await refusal(() =>
      sandbox.api.addPaymentProfile({ ...card, cardNumber: '4242 4242 4242 4241', holder: '', expiryYear: 2020 }),
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toMatchObject({ cardNumber: 'invalid-card-number', holder: 'holder-required' });
    const expired = await refusal(() => sandbox.api.addPaymentProfile({ ...card, expiryYear: 2020 }));
    expect(expired.fieldErrors).toEqual({ expiryMonth: 'card-expired' });
  });
});

describe('retrying a domain transfer', () => {
  test('a failed transfer is sent again without charging the fee again', async () => {
    const retry = await sandbox.api.retryTransfer('morel-ceramique.com');
    expect(retry.amountCharged).toBe(0);
    expect(retry.domain.transfer).toEqual({ status: 'pending', failureReason: null, attempts: 2, feePaid: true });
  });

  test('a transfer that has not failed cannot be retried', async () => {
    const error = await refusal(() => sandbox.api.retryTransfer('atelier-morel.shop'));
    expect([error.status, error.code]).toEqual([409, 'transfer-not-failed']);
  });
});

describe('sessions and security settings', () => {
  test('another device’s session can be ended, the current one cannot', async () => {
    const { sessions } = await sandbox.api.endSession('sess-phone');
    expect(sessions.map((session) => session.id)).not.toContain('sess-phone');
    const error = await refusal(() => sandbox.api.endSession('sess-laptop'));
    expect([error.status, error.code]).toEqual([409, 'current-session']);
  });

  test('login alerts and the lock threshold are saved within the allowed range', async () => {
    expect(await sandbox.api.saveSecuritySettings({ loginAlerts: 'every-login', lockAfterFailedAttempts: 3 })).toEqual({
      loginAlerts: 'every-login',
      lockAfterFailedAttempts: 3,
    });
    const error = await refusal(() =>
      sandbox.api.saveSecuritySettings({ loginAlerts: 'failed-only', lockAfterFailedAttempts: 42 }),
    );
    expect(error.fieldErrors).toEqual({ lockAfterFailedAttempts: 'out-of-range' });
  });
});

describe('activity log filters', () => {
  test('by product, action type and date', async () => {
    const all = (await sandbox.api.getActivities()).entries;
    const mail = (await sandbox.api.getActivities({ product: 'mail' })).entries;
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.every((entry) => entry.product === 'mail')).toBe(true);
    const logins = (await sandbox.api.getActivities({ action: 'login' })).entries;
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((entry) => entry.action === 'login')).toBe(true);
    const newest = all[0]?.at.slice(0, 10) as string;
    const today = (await sandbox.api.getActivities({ from: newest, to: newest })).entries;
    expect(today.length).toBeGreaterThan(0);
    expect(today.length).toBeLessThan(all.length);
  });

  test('a malformed date gets 400', async () => {
    const error = await refusal(() => sandbox.api.getActivities({ from: 'yesterday' }));
    expect(error.fieldErrors).toEqual({ from: 'invalid-date' });
  });
});
