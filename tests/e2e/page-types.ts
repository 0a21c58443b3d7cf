export interface PageType {
  name: string;
  path: string;
  /** false: the page is checked as readers without JavaScript get it. */
  javaScriptEnabled?: boolean;
}

/** One URL per page type the layout has to serve (the 404 is any unknown path). */
export const pageTypes: PageType[] = [
  { name: 'home', path: '/en/' },
  { name: 'topic', path: '/de/topics/organizations/' },
  { name: 'guide', path: '/en/guides/customize-organization/' },
  { name: 'translated guide', path: '/de/guides/organizations/' },
  { name: '404', path: '/en/guides/no-such-guide/' },
  // With scripts on, `/` moves on to a language at once; its own page is what readers without them see.
  { name: 'language choice', path: '/', javaScriptEnabled: false },
];
