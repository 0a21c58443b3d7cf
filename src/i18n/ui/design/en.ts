/** Strings of the site's chrome and page layouts (theme switch, home search, copy link, share image). */
export const designEn = {
  'design.theme': 'Theme',
  'design.themeSystem': 'Match my device',
  'design.themeLight': 'Light',
  'design.themeDark': 'Dark',
  'design.searchLabel': 'Search the help center',
  'design.searchPlaceholder': 'For example: recovery email, invoice',
  'design.searchSubmit': 'Search',
  'design.popular': 'Popular guides',
  'design.copyLink': 'Copy link to the section “{section}”',
  'design.linkCopied': 'Link copied',
  'design.shareImageAlt': 'Help Center: step-by-step guides for the Manager',
} as const;
