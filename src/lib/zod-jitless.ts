/**
 * Zod 4 probes `new Function` the first time it builds an object schema, unless its global config
 * says `jitless`. Under our CSP (no 'unsafe-eval') that probe is blocked and reported as a
 * violation in the reader's console. `z.config({ jitless: true })` in src/api/zod.ts comes too late
 * when the bundler orders a schema before it, so this one-liner sets zod's global config before any
 * module runs: zod reads `globalThis.__zod_globalConfig` when it loads.
 */
export const zodJitlessScript = '(globalThis.__zod_globalConfig??={}).jitless=true';
