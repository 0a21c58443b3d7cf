/**
 * `<guide-helpful>`: the "Was this guide helpful?" question is plain HTML on every guide; this
 * element only enables its two buttons. The first answer loads the island (Preact, the form behind
 * "No", the delivery outbox) and hands it the answer, so a guide page carries no island runtime
 * and renders no Preact at build time for a question most readers never answer.
 */
type Answer = 'yes' | 'no';

class GuideHelpful extends HTMLElement {
  #started = false;

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-answer]')) button.disabled = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-answer]');
      if (button && !this.#started) void this.#start(button.dataset.answer === 'yes' ? 'yes' : 'no');
    });
  }

  async #start(answer: Answer) {
    this.#started = true;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-answer]')) button.disabled = true;
    const { mountHelpful } = await import('../islands/mount-helpful.tsx');
    mountHelpful(this, answer);
  }
}

customElements.define('guide-helpful', GuideHelpful);
