import { glob, type Loader } from 'astro/loaders';
import { guideEntryId } from './guide-entry-id.ts';
import { sharedSearchTerms, sharedSearchTermWarning } from './shared-search-terms.ts';

/**
 * The guides' loader: Astro's glob loader over `content/guides/<locale>/<slug>.mdx`, then a look
 * across the loaded guides that no one file's schema can take: a search term listed by two guides
 * of the same language is reported as a build warning (it does not stop the build).
 */
export function guidesLoader(base: string): Loader {
  const files = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => guideEntryId(entry) });
  return {
    name: 'help-center:guides',
    load: async (context) => {
      await files.load(context);
      const guides = context.store.values().map(({ id, data }) => ({
        id,
        searchTerms: (data as { searchTerms?: string[] }).searchTerms,
      }));
      for (const shared of sharedSearchTerms(guides)) context.logger.warn(sharedSearchTermWarning(shared));
    },
  };
}
