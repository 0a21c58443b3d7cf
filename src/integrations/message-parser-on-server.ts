import type { Plugin } from 'vite';

const parser = '@formatjs/icu-messageformat-parser';

/**
 * Pages ship messages already parsed (src/i18n/compile-messages.ts), so the browser's build gets
 * FormatJS's `no-parser` in place of the ICU parser: intl-messageformat then costs about 2.5 KB
 * gzip instead of 10. The server build, the dev server's SSR and the tests keep the real parser
 * (component tests run "in the browser" under jsdom, and parse the dictionaries themselves).
 */
export function messageParserOnServer(): Plugin {
  let testing = false;
  return {
    name: 'help-center:message-parser-on-server',
    enforce: 'pre',
    configResolved(config) {
      testing = config.mode === 'test';
    },
    async resolveId(source, importer, options) {
      if (source !== parser || testing) return null;
      const inBrowser = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
      if (!inBrowser) return null;
      return this.resolve(`${parser}/no-parser.js`, importer, { skipSelf: true });
    },
  };
}
