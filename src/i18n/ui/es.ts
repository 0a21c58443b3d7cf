import { designEs } from './design/es.ts';
import type { Dictionary } from './en.ts';
import { feedbackEs } from './feedback/es.ts';
import { inboxEs } from './inbox/es.ts';
import { managerEs } from './manager/es.ts';
import { sandboxEs } from './sandbox/es.ts';
import { searchEs } from './search/es.ts';
import { walkthroughEs } from './walkthrough/es.ts';

export const es = {
  ...searchEs,
  ...designEs,
  ...feedbackEs,
  ...inboxEs,
  'site.name': 'Centro de ayuda',
  'site.tagline': 'Guías paso a paso para el Manager, con un lugar seguro para practicar.',
  'nav.skipToContent': 'Ir al contenido',
  'nav.breadcrumbs': 'Ruta de navegación',
  'nav.language': 'Idioma',
  'footer.practiceNote':
    'Las prácticas guiadas usan un Manager simulado: nada de lo que hagas allí afecta a tu cuenta real.',
  'footer.languages': 'Este centro de ayuda en otros idiomas',

  'home.title': '¿Cómo podemos ayudarte?',
  'home.intro': 'Encuentra los pasos de lo que quieres hacer en el Manager y practícalos sin riesgo.',
  'home.topics': 'Explorar por tema',
  'home.allGuides': '{count, plural, one {Ver la guía} other {Ver las # guías}}',

  'topic.account.name': 'Cuenta y perfil',
  'topic.account.blurb': 'Tu perfil, el correo de recuperación, los boletines y la eliminación de la cuenta.',
  'topic.organizations.name': 'Organizaciones',
  'topic.organizations.blurb': 'Cambiar de organización, salir de una y personalizar su aspecto.',
  'topic.billing.name': 'Facturación y suscripciones',
  'topic.billing.blurb': 'Perfiles de pago y tu suscripción a kSuite.',
  'topic.domains.name': 'Dominios',
  'topic.domains.blurb': 'Nombres de dominio y sus transferencias.',
  'topic.security.name': 'Seguridad',
  'topic.security.blurb': 'Sesiones activas, avisos de inicio de sesión y actividad de la cuenta.',
  'topic.feedback.name': 'Sugerencias',
  'topic.feedback.blurb': 'Cuéntale al equipo de cada servicio lo que necesitas.',

  'guide.updated': 'Actualizada el {date}',
  'guide.onThisPage': 'En esta página',
  'guide.prerequisites': 'Antes de empezar',
  'guide.related': 'Guías relacionadas',
  'guide.notTranslated': 'Esta guía aún no está traducida al español: estás leyendo la versión en inglés.',

  'aside.note': 'Nota',
  'aside.caution': 'Atención',
  'aside.tip': 'Consejo',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'Esta página no existe o se ha movido.',
  'notFound.home': 'Ir al inicio del Centro de ayuda',

  'chooseLanguage.title': 'Elige tu idioma',

  ...managerEs,
  ...sandboxEs,
  ...walkthroughEs,
} as const satisfies Dictionary;
