import { designFr } from './design/fr.ts';
import type { Dictionary } from './en.ts';
import { feedbackFr } from './feedback/fr.ts';
import { inboxFr } from './inbox/fr.ts';
import { managerFr } from './manager/fr.ts';
import { sandboxFr } from './sandbox/fr.ts';
import { searchFr } from './search/fr.ts';
import { walkthroughFr } from './walkthrough/fr.ts';

export const fr = {
  ...searchFr,
  ...designFr,
  ...feedbackFr,
  ...inboxFr,
  'site.name': 'Centre d’aide',
  'site.tagline': 'Des guides pas à pas pour le Manager, et un espace sans risque pour vous exercer.',
  'nav.skipToContent': 'Aller au contenu',
  'nav.breadcrumbs': 'Fil d’Ariane',
  'nav.language': 'Langue',
  'footer.practiceNote':
    'Les exercices guidés se déroulent dans un Manager simulé : rien de ce que vous y faites n’affecte votre compte réel.',
  'footer.languages': 'Ce centre d’aide dans d’autres langues',

  'home.title': 'Comment pouvons-nous vous aider ?',
  'home.intro': 'Trouvez la marche à suivre dans le Manager, puis exercez-vous sans risque.',
  'home.topics': 'Parcourir par thème',
  'home.allGuides': '{count, plural, one {Voir le guide} other {Voir les # guides}}',

  'topic.account.name': 'Compte et profil',
  'topic.account.blurb':
    'Votre profil, votre adresse e-mail de récupération, les newsletters et la suppression de votre compte.',
  'topic.organizations.name': 'Organisations',
  'topic.organizations.blurb': 'Passer d’une organisation à l’autre, en quitter une et personnaliser son affichage.',
  'topic.billing.name': 'Facturation et abonnements',
  'topic.billing.blurb': 'Vos profils de paiement et votre abonnement kSuite.',
  'topic.domains.name': 'Domaines',
  'topic.domains.blurb': 'Les noms de domaine et leurs transferts.',
  'topic.security.name': 'Sécurité',
  'topic.security.blurb': 'Les sessions actives, les alertes de connexion et l’activité de votre compte.',
  'topic.feedback.name': 'Suggestions',
  'topic.feedback.blurb': 'Dites à l’équipe de chaque service ce dont vous avez besoin.',

  'guide.updated': 'Mis à jour le {date}',
  'guide.onThisPage': 'Sur cette page',
  'guide.prerequisites': 'Avant de commencer',
  'guide.related': 'Guides associés',
  'guide.notTranslated': 'Ce guide n’est pas encore traduit en français : vous lisez la version anglaise.',

  'aside.note': 'Remarque',
  'aside.caution': 'Attention',
  'aside.tip': 'Astuce',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette page n’existe pas ou a été déplacée.',
  'notFound.home': 'Aller à l’accueil du centre d’aide',

  'chooseLanguage.title': 'Choisissez votre langue',

  ...managerFr,
  ...sandboxFr,
  ...walkthroughFr,
} as const satisfies Dictionary;
