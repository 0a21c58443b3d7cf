import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readWalkthroughFile } from './walkthrough-file.ts';

const isWalkthroughFile = (file: string) => /\.ya?ml$/.test(file);

/** Reads every file of the folder into the store; every problem of every file fails at once, each with its file and line. */
function sync(dir: string, store: LoaderContext['store']) {
  const errors: string[] = [];
  const walkthroughs = readdirSync(dir)
    .filter(isWalkthroughFile)
    .map((file) => {
      const path = join(dir, file);
      const result = readWalkthroughFile(
        relative(process.cwd(), path),
        file.replace(/\.ya?ml$/, ''),
        readFileSync(path, 'utf8'),
      );
      errors.push(...result.errors);
      return result.walkthrough;
    });
  if (errors.length > 0) {
    throw new Error(`A walkthrough file needs fixing (see README "Add a walkthrough"):\n${errors.join('\n')}`);
  }
  store.clear();
  for (const walkthrough of walkthroughs) {
    if (walkthrough) store.set({ id: walkthrough.id, data: { ...walkthrough } });
  }
}

/**
 * The walkthroughs collection: one file per walkthrough, content/walkthroughs/<id>.yaml, its id
 * the file name. Under `astro dev` a change to a file is read again (and reported, not thrown).
 */
export function walkthroughLoader(dir: string): Loader {
  return {
    name: 'walkthroughs',
    load: async ({ store, watcher, logger }) => {
      sync(dir, store);
      if (!watcher) return;
      const folder = resolve(dir);
      watcher.add(folder);
      const reload = (path: string) => {
        if (!resolve(path).startsWith(folder) || !isWalkthroughFile(path)) return;
        try {
          sync(dir, store);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
