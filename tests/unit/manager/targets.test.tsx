// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createDemoDb, memoryStorage } from '../../../mocks/db/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import SimulatedManager from '../../../src/manager/SimulatedManager.tsx';
import { practice } from '../../fixtures/practice-translate.ts';
import { type ManagerTarget, managerTargets } from '../../../src/manager/targets.ts';
import { type ManagerScreen, openScreen } from '../../../src/stores/manager.ts';

const base = 'http://sandbox.test/api/';
const server = createMockServer(base, { db: createDemoDb(memoryStorage()) });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => cleanup());
afterAll(() => server.close());

test('every target a walkthrough may name is rendered by some screen of the Manager', async () => {
  const seen = new Set<string>();
  const collect = () => {
    for (const element of document.querySelectorAll('[data-target]'))
      seen.add(element.getAttribute('data-target') ?? '');
  };
  const find = (id: ManagerTarget) =>
    waitFor(() => {
      const element = document.querySelector<HTMLElement>(`[data-target="${id}"]`);
      if (!element) throw new Error(`${id} is not rendered`);
      return element;
    });
  const click = async (id: ManagerTarget) => {
    fireEvent.click(await find(id));
    collect();
  };
  const open = async (screen: ManagerScreen, waitFor: ManagerTarget, params = {}) => {
    openScreen(screen, params);
    await find(waitFor);
    collect();
  };

  openScreen('dashboard');
  render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
  await find('profile-menu');
  collect();
  await click('organization-switcher');
  await click('organization-switcher');
  await click('products-menu');
  await click('profile-menu');
  await click('sidebar-accounting');
  await click('sidebar-settings');

  await open('ksuite', 'ksuite-actions');
  await click('ksuite-actions');
  await click('modify-subscription');
  await open('payment-profiles', 'payment-profile-edit');
  await click('payment-profile-add');
  await open('customization', 'customize-top-left');
  await click('customize-top-left');
  await click('customize-square-logo');
  await find('customize-logo-file');
  collect();
  await open('domains', 'failed-transfer-domain');
  await open('domain', 'retry-transfer', { domainName: 'morel-ceramique.com' });
  await open('profile', 'delete-account');
  await click('delete-account');
  await open('newsletter', 'newsletter-save');
  await open('security', 'recovery-email-edit');
  await click('recovery-email-edit');
  await open('security-settings', 'lock-attempts-input');
  await open('organizations', 'organization-leave');
  await click('organization-leave');
  await open('account-access', 'end-session');
  await click('end-session');
  await open('account-activities', 'activity-filter-action');

  expect(managerTargets.filter((id) => !seen.has(id))).toEqual([]);
  expect([...seen].filter((id) => !(managerTargets as readonly string[]).includes(id))).toEqual([]);
});
