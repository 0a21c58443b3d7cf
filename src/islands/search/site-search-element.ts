import { readSearchHost } from './config.ts';
import { loadSearchConfig } from './load-config.ts';
import { prepareSearch } from './search-assets.ts';

/**
 * `<site-search>`: the header's search button, and the `/` and Ctrl/⌘+K shortcuts. This (and the
 * few lines of search-assets.ts) is the only search code a page loads: the dialog's UI (Preact) and
 * Pagefind are imported when the reader first opens search, both at once.
 */
function isTyping(element: Element | null): boolean {
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)) &&
    // Just after Esc, focus may still sit in the closed dialog's box until the browser moves it:
    // nobody types there, so `/` reopens the search instead of being lost.
    element.closest('dialog:not([open])') === null
  );
}

class SiteSearchElement extends HTMLElement {
  #returnFocus: HTMLElement | null = null;
  #ui: Promise<unknown> | undefined;

  get #dialog() {
    return this.querySelector('dialog') as HTMLDialogElement;
  }
  get #button() {
    return this.querySelector('[data-search-open]') as HTMLButtonElement;
  }
  get #input() {
    return this.#dialog.querySelector('input') as HTMLInputElement;
  }

  connectedCallback() {
    const dialog = this.#dialog;
    this.#button.addEventListener('click', () => this.open());
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // Esc closes at once, even with text in the box (a search box would first clear it).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // A click on the backdrop, outside the panel, closes too.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.addEventListener('close', () => {
      this.#button.setAttribute('aria-expanded', 'false');
      this.#returnFocus?.focus();
    });
    document.addEventListener('keydown', this.#onShortcut);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onShortcut);
  }

  #onShortcut = (event: KeyboardEvent) => {
    const commandK =
      event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const slash =
      event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(document.activeElement);
    if (!commandK && !slash) return;
    event.preventDefault();
    this.open();
  };

  /** Opens the dialog with the search box focused; loads the search UI on first use. */
  open() {
    const dialog = this.#dialog;
    if (!dialog.open) {
      const focused = document.activeElement;
      this.#returnFocus = focused instanceof HTMLElement && focused !== document.body ? focused : this.#button;
      dialog.showModal();
      this.#button.setAttribute('aria-expanded', 'true');
    }
    this.#input.focus();
    this.#input.select();
    if (!this.#ui) {
      // The index, the UI and its strings load at once, while the reader types.
      const { lang, locale } = readSearchHost(this);
      prepareSearch(lang, locale);
      loadSearchConfig(locale).catch(() => undefined);
      this.#ui = import('./mount-dialog.tsx')
        .then(({ mountDialog }) => mountDialog(this, dialog, this.#input))
        .then(
          (mounted) => {
            if (!mounted) this.#ui = undefined;
          },
          () => {
            this.#ui = undefined; // the UI's code did not load (offline): the next open tries again
          },
        );
    }
  }
}

customElements.define('site-search', SiteSearchElement);

// A guide opened from a search result marks the searched words (`?highlight=`).
if (new URLSearchParams(location.search).has('highlight')) {
  import('./highlight-page.ts').then(({ highlightSearchedWords }) => highlightSearchedWords());
}
