// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createDemoDb, type DemoDb, memoryStorage } from '../../../mocks/db/index.ts';
import { createHandlers } from '../../../mocks/handlers/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import { scenarioHandlers } from '../../../mocks/scenarios.ts';
import SimulatedManager from '../../../src/manager/SimulatedManager.tsx';
import { practice } from '../../fixtures/practice-translate.ts';
import { openScreen } from '../../../src/stores/manager.ts';

const base = 'http://sandbox.test/api/';
const server = createMockServer(base);
let db: DemoDb;
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  db = createDemoDb(memoryStorage());
  server.resetHandlers(...createHandlers(base, { db }));
});
afterEach(() => cleanup());
afterAll(() => server.close());

describe('the simulated Manager', () => {
  test('a walkthrough can open it on a given screen through $managerScreen', async () => {
    openScreen('organizations');
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
    expect(await screen.findByRole('heading', { name: 'My Organizations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Leave Lausanne Rowing Club' })).toBeTruthy();
  });

  test('the delete dialog keeps focus inside, closes on Esc and gives focus back to the trash can', async () => {
    openScreen('profile');
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
    const trash = await screen.findByRole('button', { name: 'Delete my account' });
    // Opening a screen moves focus to its heading.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('My profile'));
    trash.focus();
    fireEvent.click(trash);
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
    const password = screen.getByLabelText('Your password');
    expect(document.activeElement).toBe(password);
    const last = screen.getAllByRole('button', { name: 'Delete my account' }).at(-1) as HTMLElement;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(password);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(trash);
  });

  test('a wrong password is refused by the backend and shown on the field', async () => {
    openScreen('profile');
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account' }));
    fireEvent.input(screen.getByLabelText('Your password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete my account' }).at(-1) as HTMLElement);
    await waitFor(() => expect(screen.getByLabelText('Your password').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('This password is not correct.')).toBeTruthy();
    expect(db.read().user.deleted).toBe(false);
  });

  test('backend errors are shown translated, by code', async () => {
    server.use(...scenarioHandlers(base, 'rate-limited'));
    openScreen('domains');
    render(<SimulatedManager locale="fr" t={practice.fr} apiBase={base} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Trop de requêtes. Réessayez dans 30 secondes.');
  });

  test('security settings that fail to load offer Retry, then show the saved values', async () => {
    server.use(...scenarioHandlers(base, 'server-error'));
    openScreen('security-settings');
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    server.resetHandlers(...createHandlers(base, { db }));
    fireEvent.click(retry);
    expect(((await screen.findByRole('spinbutton')) as HTMLInputElement).value).toBe('5');
  });

  test('saving newsletter themes stores exactly the chosen ones', async () => {
    openScreen('newsletter');
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Subscribe to Events and webinars' }));
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe to Tips and tutorials' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(db.read().newsletter).toEqual(['product-news', 'events']);
  });
});
