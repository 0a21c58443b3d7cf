import { designEn } from './design/en.ts';
import { feedbackEn } from './feedback/en.ts';
import { inboxEn } from './inbox/en.ts';
import { managerEn } from './manager/en.ts';
import { sandboxEn } from './sandbox/en.ts';
import { searchEn } from './search/en.ts';
import { walkthroughEn } from './walkthrough/en.ts';

/**
 * English UI strings: the source of every key. Other locales are typed `Dictionary`, so a key
 * missing there is a compile error. `{name}` placeholders are filled by t().
 * Keys under `manager.` are the labels of the Manager, exactly as the guides name them: the
 * glossary that guides and the simulated Manager share.
 */
export const en = {
  ...searchEn,
  ...designEn,
  ...feedbackEn,
  ...inboxEn,
  'site.name': 'Help Center',
  'site.tagline': 'Step-by-step guides for the Manager, with a safe place to practise.',
  'nav.skipToContent': 'Skip to content',
  'nav.breadcrumbs': 'Breadcrumbs',
  'nav.language': 'Language',
  'footer.practiceNote': 'Walkthroughs run in a simulated Manager: nothing you do there touches your real account.',
  'footer.languages': 'This help center in other languages',

  'home.title': 'How can we help?',
  'home.intro': 'Find the steps for what you want to do in the Manager, then practise them safely.',
  'home.topics': 'Browse by topic',
  'home.allGuides': '{count, plural, one {See the guide} other {See all # guides}}',

  'topic.account.name': 'Account and profile',
  'topic.account.blurb': 'Your profile, recovery email, newsletters and closing your account.',
  'topic.organizations.name': 'Organizations',
  'topic.organizations.blurb': 'Switch between organizations, leave one, and customize how it looks.',
  'topic.billing.name': 'Billing and subscriptions',
  'topic.billing.blurb': 'Payment profiles and your kSuite plan.',
  'topic.domains.name': 'Domains',
  'topic.domains.blurb': 'Domain names and their transfers.',
  'topic.security.name': 'Security',
  'topic.security.blurb': 'Active sessions, login alerts and your account activity.',
  'topic.feedback.name': 'Feedback',
  'topic.feedback.blurb': 'Tell the team behind each service what you need.',

  'guide.updated': 'Updated {date}',
  'guide.onThisPage': 'On this page',
  'guide.prerequisites': 'Before you start',
  'guide.related': 'Related guides',
  'guide.notTranslated': 'This guide is not translated yet: you are reading the English version.',

  'aside.note': 'Note',
  'aside.caution': 'Caution',
  'aside.tip': 'Tip',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist or has moved.',
  'notFound.home': 'Go to the Help Center home',

  'chooseLanguage.title': 'Choose your language',

  ...managerEn,
  ...sandboxEn,
  ...walkthroughEn,
} as const;

export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;
