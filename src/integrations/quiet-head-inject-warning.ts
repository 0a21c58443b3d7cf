import type { Plugin } from 'vite';

/**
 * Drops one warning Rolldown prints for every guide on every build: "the module level directive
 * 'use astro:head-inject' … may not be preserved when bundling", with a code frame, 10 lines per
 * MDX file (500 lines for our 50 guides, 75,000 at the benchmark's 7,500). The directive is
 * Astro's own marker for content modules, which Astro no longer reads from the source (it finds
 * them by their `?astroPropagatedAssets` id), so nothing is lost; a wall of it hides the warnings
 * that matter. Astro issue #18087; remove this once an Astro release stops emitting it.
 */
export function quietHeadInjectWarning(): Plugin {
  return {
    name: 'help-center:quiet-head-inject-warning',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
    },
  };
}
