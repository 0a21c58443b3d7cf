/**
 * The only walkthrough code a guide page loads: it shows the "Try it" and "Show me" buttons and, on
 * the first click (or a `#<id>-step-<n>` link, or a walkthrough to resume after a reload), fetches
 * the walkthrough island, the simulated Manager and the sandbox. Without JavaScript the buttons
 * stay hidden and the list reads as a plain list.
 */
import { listItems } from '../islands/walkthrough/guide-list.ts';
import { parseDeepLink } from '../walkthroughs/deep-link.ts';
import { progressStorageKey } from '../walkthroughs/storage-key.ts';

type Request = { mode: 'try' | 'show'; position?: { step: number; action: number }; resume?: boolean };

const rootOf = (id: string) => document.querySelector<HTMLElement>(`[data-walkthrough="${CSS.escape(id)}"]`);
const stepCount = (id: string) => {
  const root = rootOf(id);
  return root ? listItems(root).length : undefined;
};

async function open(root: HTMLElement, request: Request) {
  root.dataset.state = 'running';
  const { mountWalkthrough } = await import('../islands/walkthrough/mount.tsx');
  try {
    await mountWalkthrough(root, request);
  } catch {
    // Offline before the strings came: the buttons stay, a later click tries again.
    root.dataset.state = 'idle';
  }
}

class WalkthroughStarter extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('.wt-starter button[data-mode]');
      if (button) void open(this, { mode: button.dataset.mode === 'show' ? 'show' : 'try' });
    });
  }
}
customElements.define('walkthrough-starter', WalkthroughStarter);

/** `#leave-organization-step-3` opens that walkthrough at that step. */
function openFromHash() {
  const link = parseDeepLink(location.hash, stepCount);
  const root = link && rootOf(link.id);
  if (!link || !root) return false;
  void open(root, { mode: 'try', position: { step: link.step, action: 0 } });
  return true;
}

/** A walkthrough of this page that was running before a reload resumes where it was. */
function resume() {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(progressStorageKey) ?? 'null');
    const id = (saved as { id?: unknown } | null)?.id;
    const root = typeof id === 'string' && rootOf(id);
    // The island checks the saved value properly (restoreProgress): anything odd starts over.
    if (root) void open(root, { mode: 'try', resume: true });
  } catch {
    // Unreadable storage or value: nothing to resume.
  }
}

if (!openFromHash()) resume();
addEventListener('hashchange', openFromHash);
