import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readWalkthroughFile } from './walkthrough-file.ts';

/**
 * The walkthroughs collection: one file per walkthrough, content/walkthroughs/<id>.yaml, its id
 * the file name. Every problem of every file fails the build at once, each with its file and line.
 */
export function walkthroughLoader(dir: string): Loader {
  return {
    name: 'walkthroughs',
    load: async ({ store, watcher }) => {
      const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));
      const errors: string[] = [];
      const walkthroughs = files.map((file) => {
        const path = join(dir, file);
        const shown = relative(process.cwd(), path);
        const result = readWalkthroughFile(shown, file.replace(/\.ya?ml$/, ''), readFileSync(path, 'utf8'));
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
      watcher?.add(dir);
    },
  };
}
