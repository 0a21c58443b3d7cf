import { describe, expect, test } from 'vitest';
import { refusal } from './refusal.ts';
import { useSandbox } from './setup.ts';

const sandbox = useSandbox();

describe('every answer of the demo backend parses with the contract', () => {
  // The client parses each answer with its schema and throws `unexpected-response` otherwise.
  test('read endpoints', async () => {
    const { api } = sandbox;
    const profile = await api.getProfile();
    expect(profile).toMatchObject({ firstName: 'Camille', lastName: 'Morel', initials: 'CM' });
    expect((await api.getNewsletter()).themes.filter((theme) => theme.subscribed)).toHaveLength(2);
    const { organizations, currentOrganizationId } = await api.getOrganizations();
    expect(organizations).toHaveLength(3);
    expect(currentOrganizationId).toBe('org-atelier-morel');
    expect(await api.getCustomization('org-atelier-morel')).toMatchObject({ square: { kind: 'initials' } });
    expect((await api.getKSuites()).ksuites).toHaveLength(1);
    expect((await api.getPaymentProfiles()).paymentProfiles[0]?.last4).toBe('4242');
    const { domains } = await api.getDomains();
    expect(domains.find((domain) => domain.transfer?.status === 'failed')?.transfer?.failureReason).toBe(
      'invalid-auth-code',
    );
    expect(await api.getDomain('morel-ceramique.com')).toMatchObject({ name: 'morel-ceramique.com' });
    expect((await api.getSessions()).sessions.length).toBeGreaterThanOrEqual(3);
    expect(await api.getSecuritySettings()).toEqual({ loginAlerts: 'failed-only', lockAfterFailedAttempts: 5 });
    const { entries } = await api.getActivities();
    const days = new Set(entries.map((entry) => entry.at.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(25);
  });

  test('an unknown domain is a 404 with its code', async () => {
    const error = await refusal(() => sandbox.api.getDomain('nope.example'));
    expect([error.status, error.code]).toEqual([404, 'not-found']);
  });
});

describe('recovery email', () => {
  test('a valid address is saved', async () => {
    const profile = await sandbox.api.updateRecoveryEmail('camille@example.org');
    expect(profile.recoveryEmail).toBe('camille@example.org');
    expect(sandbox.db.read().user.recoveryEmail).toBe('camille@example.org');
  });

  test('an invalid address gets 400 with a field error', async () => {
    const error = await refusal(() => sandbox.api.updateRecoveryEmail('not-an-address'));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ recoveryEmail: 'invalid-email' });
  });

  test('the login address is refused as a recovery address', async () => {
    const error = await refusal(() => sandbox.api.updateRecoveryEmail('camille.morel@studio-lumen.ch'));
    expect(error.fieldErrors).toEqual({ recoveryEmail: 'same-as-login' });
  });
});

describe('newsletter themes', () => {
  test('saving a selection subscribes to exactly those themes', async () => {
    const { themes } = await sandbox.api.saveNewsletter({ subscribed: ['events', 'ecology'] });
    expect(themes.filter((theme) => theme.subscribed).map((theme) => theme.id)).toEqual(['events', 'ecology']);
  });

  test('an unknown theme gets 400', async () => {
    const error = await refusal(() => sandbox.api.saveNewsletter({ subscribed: ['gossip' as 'events'] }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors)).toEqual(['subscribed.0']);
  });
});

describe('switching organization', () => {
  test('switches to an organization the user belongs to', async () => {
    const list = await sandbox.api.switchOrganization('org-rowing-club');
    expect(list.currentOrganizationId).toBe('org-rowing-club');
    // Products follow the current organization.
    expect((await sandbox.api.getDomains()).domains).toEqual([]);
  });

  test('refuses an unknown organization with a field error', async () => {
    const error = await refusal(() => sandbox.api.switchOrganization('org-unknown'));
    expect(error.fieldErrors).toEqual({ organizationId: 'unknown-organization' });
  });
});
