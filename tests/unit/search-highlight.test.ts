// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { highlightSearchedWords } from '../../src/islands/search/highlight-page.ts';

function openGuide(search: string) {
  document.body.innerHTML = `
    <article data-pagefind-body>
      <h1>Change your recovery email address</h1>
      <p>Your <strong>Récupération</strong> address helps you recover access.</p>
      <nav><a href="#x">Recovery, in the table of contents</a></nav>
      <p data-pagefind-ignore>Updated: recovery</p>
    </article>`;
  window.history.replaceState(null, '', `/en/guides/recovery-email/${search}#change-the-address`);
  return document.querySelector('article');
}

const marked = () => [...document.querySelectorAll('mark.search-highlight')].map((mark) => mark.textContent);

describe('the guide opened from a search result', () => {
  test('marks the searched words in the text, whatever their case, accents or ending', () => {
    const article = openGuide('?highlight=recover&highlight=recuperation');
    expect(highlightSearchedWords(article, window.location)).toBe(3);
    expect(marked()).toEqual(['recovery', 'Récupération', 'recover']);
    expect(article?.textContent).toContain('Change your recovery email address');
  });

  test('a short word of the query is not marked beside longer ones, nor as the start of other words', () => {
    document.body.innerHTML = `
      <article data-pagefind-body>
        <p>Changer de mot de passe depuis le Manager, puis demander un code.</p>
      </article>`;
    window.history.replaceState(null, '', '/fr/guides/recovery-email/?highlight=mot+de+passe');
    expect(highlightSearchedWords(document.querySelector('article'), window.location)).toBe(2);
    expect(marked()).toEqual(['mot', 'passe']);
    window.history.replaceState(null, '', '/fr/guides/recovery-email/?highlight=de');
    document.body.innerHTML = '<article data-pagefind-body><p>Changer de mot depuis ici.</p></article>';
    highlightSearchedWords(document.querySelector('article'), window.location);
    expect(marked()).toEqual(['de']);
  });

  test('leaves the address clean for sharing, keeping the section', () => {
    openGuide('?highlight=email');
    highlightSearchedWords(document.querySelector('article'), window.location);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/en/guides/recovery-email/#change-the-address',
    );
  });

  test('does nothing without searched words', () => {
    const article = openGuide('');
    expect(highlightSearchedWords(article, window.location)).toBe(0);
    expect(marked()).toEqual([]);
  });
});
