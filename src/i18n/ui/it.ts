import { designIt } from './design/it.ts';
import type { Dictionary } from './en.ts';
import { feedbackIt } from './feedback/it.ts';
import { inboxIt } from './inbox/it.ts';
import { managerIt } from './manager/it.ts';
import { sandboxIt } from './sandbox/it.ts';
import { searchIt } from './search/it.ts';
import { walkthroughIt } from './walkthrough/it.ts';

export const it = {
  ...searchIt,
  ...designIt,
  ...feedbackIt,
  ...inboxIt,
  'site.name': 'Centro assistenza',
  'site.tagline': 'Guide passo passo per il Manager, con uno spazio sicuro dove esercitarsi.',
  'nav.skipToContent': 'Vai al contenuto',
  'nav.breadcrumbs': 'Percorso di navigazione',
  'nav.language': 'Lingua',
  'footer.practiceNote':
    'Le esercitazioni guidate si svolgono in un Manager simulato: ciò che fai lì non ha alcun effetto sul tuo account reale.',
  'footer.languages': 'Questo Centro assistenza in altre lingue',

  'home.title': 'Come possiamo aiutarti?',
  'home.intro': 'Trova la procedura per ciò che vuoi fare nel Manager, poi esercitati senza rischi.',
  'home.topics': 'Sfoglia per argomento',
  'home.allGuides': '{count, plural, one {Vedi la guida} other {Vedi tutte le # guide}}',

  'topic.account.name': 'Account e profilo',
  'topic.account.blurb': 'Il tuo profilo, l’e-mail di recupero, le newsletter e la chiusura dell’account.',
  'topic.organizations.name': 'Organizzazioni',
  'topic.organizations.blurb': 'Passare da un’organizzazione all’altra, lasciarne una e personalizzarne l’aspetto.',
  'topic.billing.name': 'Fatturazione e abbonamenti',
  'topic.billing.blurb': 'Profili di pagamento e abbonamento kSuite.',
  'topic.domains.name': 'Domini',
  'topic.domains.blurb': 'Nomi di dominio e relativi trasferimenti.',
  'topic.security.name': 'Sicurezza',
  'topic.security.blurb': 'Sessioni attive, avvisi di accesso e attività dell’account.',
  'topic.feedback.name': 'Suggerimenti',
  'topic.feedback.blurb': 'Di’ al team di ogni servizio di cosa hai bisogno.',

  'guide.updated': 'Aggiornata il {date}',
  'guide.onThisPage': 'In questa pagina',
  'guide.prerequisites': 'Prima di iniziare',
  'guide.related': 'Guide correlate',
  'guide.notTranslated': 'Questa guida non è ancora tradotta in italiano: stai leggendo la versione inglese.',

  'aside.note': 'Nota',
  'aside.caution': 'Attenzione',
  'aside.tip': 'Consiglio',

  'notFound.title': 'Pagina non trovata',
  'notFound.body': 'Questa pagina non esiste o è stata spostata.',
  'notFound.home': 'Vai alla home del Centro assistenza',

  'chooseLanguage.title': 'Scegli la tua lingua',

  ...managerIt,
  ...sandboxIt,
  ...walkthroughIt,
} as const satisfies Dictionary;
