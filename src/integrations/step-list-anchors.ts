import type { MdastPluginDefinition } from 'satteri';
import { isLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';

/** The locale of a guide from its file path: `content/guides/fr/x.mdx` → `fr`. */
function localeOf(fileURL: URL | undefined) {
  const locale = fileURL?.pathname.match(/\/content\/guides\/([^/]+)\//)?.[1];
  return isLocale(locale) ? locale : 'en';
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts an anchor right before every `<Steps>` list of a guide, at MDX compile time:
 * `<span id="steps-2" data-pagefind-title="Steps: Leave an organization">`. Pagefind turns it
 * into a sub-result of its own, so a reader searching for the words of a step lands on the list,
 * titled after the section it belongs to. Authors write nothing for it.
 */
export function stepListAnchors(): MdastPluginDefinition {
  return {
    name: 'help-center:step-list-anchors',
    before(root, context) {
      const t = useTranslations(localeOf(context.fileURL));
      let section = '';
      let position = 0;
      for (const node of root.children) {
        if (node.type === 'heading' && node.depth <= 3) section = context.textContent(node).trim();
        if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Steps') continue;
        position += 1;
        const title = attribute(
          section ? t('search.stepsOf', { section }) : t('search.stepsOf', { section: '' }).trim(),
        );
        context.insertBefore(node, {
          raw: `<span id="steps-${position}" class="steps-anchor" data-pagefind-title="${title}"></span>`,
        });
      }
    },
  };
}
