// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createDemoDb, memoryStorage } from '../../../mocks/db/index.ts';
import { createHandlers } from '../../../mocks/handlers/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import { createManagerChannel, type ManagerEvent } from '../../../src/manager/channel.ts';
import SimulatedManager from '../../../src/manager/SimulatedManager.tsx';
import { practice } from '../../fixtures/practice-translate.ts';
import { $managerScreen, openScreen } from '../../../src/stores/manager.ts';

const base = 'http://sandbox.test/api/';
const server = createMockServer(base);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => server.resetHandlers(...createHandlers(base, { db: createDemoDb(memoryStorage()) })));
afterEach(() => cleanup());
afterAll(() => server.close());

/** The Manager with a channel, and what it reported (stop() left out, to compare). */
function watched() {
  const channel = createManagerChannel();
  const events: ManagerEvent[] = [];
  channel.listen((event) => events.push(event));
  render(<SimulatedManager locale="en" t={practice.en} apiBase={base} channel={channel} focusHeadings={false} />);
  const reported = () => events.map((event) => ('stop' in event ? { ...event, stop: undefined } : event));
  return { channel, reported };
}

describe('the simulated Manager tells a watcher what happened', () => {
  test('a control is reported before it reacts, and stop() keeps it from reacting', async () => {
    $managerScreen.set({ screen: 'profile' });
    const channel = createManagerChannel();
    channel.listen((event) => {
      if (event.type === 'control-activated' && event.control.target === 'manage-security') event.stop();
    });
    render(<SimulatedManager locale="en" t={practice.en} apiBase={base} channel={channel} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Manage security' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($managerScreen.get().screen).toBe('profile');
  });

  test('a refused call is reported with the API’s code and the Manager’s own sentences', async () => {
    $managerScreen.set({ screen: 'organizations' });
    const { reported } = watched();
    fireEvent.click(await screen.findByRole('button', { name: 'Leave Studio Lumen SA' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave the organization' }));
    await waitFor(() => expect(reported().some((event) => event.type === 'call-refused')).toBe(true));
    const refused = reported().find((event) => event.type === 'call-refused');
    expect(refused).toMatchObject({ route: 'membership', code: 'leave-refused' });
    expect(refused && 'message' in refused && refused.message.length).toBeGreaterThan(1);
    expect(reported().map((event) => event.type)).toEqual(
      expect.arrayContaining(['mounted', 'control-activated', 'panel-opened', 'panel-closed', 'call-started']),
    );
  });

  test('a saved change is reported as succeeded', async () => {
    $managerScreen.set({ screen: 'newsletter' });
    const { reported } = watched();
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(reported()).toContainEqual({ type: 'call-succeeded', route: 'newsletter' }));
  });

  test('typing is reported with the field’s target and value', async () => {
    $managerScreen.set({ screen: 'security' });
    const { reported } = watched();
    fireEvent.click(await screen.findByRole('button', { name: /Edit/ }));
    fireEvent.input(await screen.findByLabelText('New recovery email'), { target: { value: 'a@b.ch' } });
    expect(reported()).toContainEqual(
      expect.objectContaining({
        type: 'field-edited',
        value: 'a@b.ch',
        control: expect.objectContaining({ target: 'recovery-email-input' }),
      }),
    );
  });
});

describe('Esc that the Manager uses is marked, so a walkthrough around it knows', () => {
  test('Esc in an open menu closes it and is marked; the next Esc is not', async () => {
    openScreen('dashboard');
    watched();
    const avatar = await screen.findByRole('button', { name: /Your account/ });
    fireEvent.click(avatar);
    const item = await screen.findByRole('button', { name: 'Manage my profile' });
    const first = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    item.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Manage my profile' })).toBeNull());
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    avatar.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
  });

  test('Esc in a dialog closes it and is marked', async () => {
    openScreen('profile');
    watched();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const password = await screen.findByLabelText('Your password');
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    password.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('a walkthrough’s Manager leaves the focus where it is when a screen opens', async () => {
    openScreen('profile');
    watched();
    await screen.findByRole('heading', { name: 'My profile' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
  });
});
