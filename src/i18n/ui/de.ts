import { designDe } from './design/de.ts';
import type { Dictionary } from './en.ts';
import { feedbackDe } from './feedback/de.ts';
import { inboxDe } from './inbox/de.ts';
import { managerDe } from './manager/de.ts';
import { sandboxDe } from './sandbox/de.ts';
import { searchDe } from './search/de.ts';
import { walkthroughDe } from './walkthrough/de.ts';

export const de = {
  ...searchDe,
  ...designDe,
  ...feedbackDe,
  ...inboxDe,
  'site.name': 'Hilfe-Center',
  'site.tagline': 'Schritt-für-Schritt-Anleitungen für den Manager – mit einer sicheren Umgebung zum Üben.',
  'nav.skipToContent': 'Zum Inhalt springen',
  'nav.breadcrumbs': 'Brotkrümelnavigation',
  'nav.language': 'Sprache',
  'footer.practiceNote':
    'Die Übungen laufen in einem simulierten Manager: Was Sie dort tun, wirkt sich nicht auf Ihr echtes Konto aus.',
  'footer.languages': 'Dieses Hilfe-Center in anderen Sprachen',

  'home.title': 'Wie können wir Ihnen helfen?',
  'home.intro': 'Finden Sie die Schritte für das, was Sie im Manager erledigen möchten, und üben Sie sie gefahrlos.',
  'home.topics': 'Themen im Überblick',
  'home.allGuides': '{count, plural, one {Die Anleitung ansehen} other {Alle # Anleitungen ansehen}}',

  'topic.account.name': 'Konto und Profil',
  'topic.account.blurb': 'Ihr Profil, Ihre Wiederherstellungs-E-Mail, Newsletter und das Löschen Ihres Kontos.',
  'topic.organizations.name': 'Organisationen',
  'topic.organizations.blurb': 'Zwischen Organisationen wechseln, eine verlassen und ihr Erscheinungsbild anpassen.',
  'topic.billing.name': 'Abrechnung und Abonnements',
  'topic.billing.blurb': 'Zahlungsprofile und Ihr kSuite-Abonnement.',
  'topic.domains.name': 'Domains',
  'topic.domains.blurb': 'Domainnamen und ihre Transfers.',
  'topic.security.name': 'Sicherheit',
  'topic.security.blurb': 'Aktive Sitzungen, Benachrichtigungen bei Anmeldungen und Ihre Kontoaktivitäten.',
  'topic.feedback.name': 'Feedback',
  'topic.feedback.blurb': 'Teilen Sie dem Team des jeweiligen Dienstes mit, was Sie brauchen.',

  'guide.updated': 'Aktualisiert am {date}',
  'guide.onThisPage': 'Auf dieser Seite',
  'guide.prerequisites': 'Bevor Sie beginnen',
  'guide.related': 'Verwandte Anleitungen',
  'guide.notTranslated': 'Diese Anleitung ist noch nicht auf Deutsch verfügbar. Sie lesen die englische Fassung.',

  'aside.note': 'Hinweis',
  'aside.caution': 'Achtung',
  'aside.tip': 'Tipp',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Diese Seite existiert nicht oder wurde verschoben.',
  'notFound.home': 'Zur Startseite des Hilfe-Centers',

  'chooseLanguage.title': 'Sprache wählen',

  ...managerDe,
  ...sandboxDe,
  ...walkthroughDe,
} as const satisfies Dictionary;
