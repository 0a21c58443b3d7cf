import type { feedbackEn } from './en.ts';

export const feedbackEs = {
  'feedback.list.title': 'Danos tu opinión',
  'feedback.list.intro':
    'Elige el servicio al que se refiere tu opinión. El equipo de cada servicio lee lo que escribes.',
  'feedback.list.servicesHeading': 'Servicios',
  'feedback.list.suggestHeading': '¿Echas de menos una guía?',
  'feedback.list.suggestIntro': 'Cuéntanos qué buscabas: nos ayuda a decidir qué guías escribir a continuación.',
  'feedback.suggest.subject': 'Una guía sobre «{query}»',

  'feedback.service.domain-names.name': 'Nombres de dominio',
  'feedback.service.domain-names.description': 'Registra, transfiere y gestiona tus nombres de dominio.',
  'feedback.service.web-hosting.name': 'Alojamiento web',
  'feedback.service.web-hosting.description': 'Aloja tus sitios web, bases de datos y aplicaciones.',
  'feedback.service.mail.name': 'Servicio Mail e interfaz Mail',
  'feedback.service.mail.description': 'Direcciones de correo profesionales y la aplicación web Mail.',
  'feedback.service.kdrive.name': 'kDrive',
  'feedback.service.kdrive.description': 'Guarda, comparte y sincroniza tus archivos.',
  'feedback.service.kmeet.name': 'kMeet',
  'feedback.service.kmeet.description': 'Videoconferencias abiertas a todos, sin necesidad de cuenta.',
  'feedback.service.cloud-servers.name': 'Servidores cloud',
  'feedback.service.cloud-servers.description':
    'Servidores virtuales que administras tú, con recursos que crecen contigo.',
  'feedback.service.jelastic-cloud.name': 'Jelastic Cloud',
  'feedback.service.jelastic-cloud.description': 'Despliega aplicaciones en contenedores sin gestionar servidores.',
  'feedback.service.newsletter.name': 'Newsletter',
  'feedback.service.newsletter.description': 'Diseña campañas de correo y envíalas a tus suscriptores.',
  'feedback.service.ssl-certificates.name': 'Certificados SSL',
  'feedback.service.ssl-certificates.description': 'Protege tus sitios web con HTTPS.',
  'feedback.service.housing-datacenter.name': 'Housing y centro de datos',
  'feedback.service.housing-datacenter.description':
    'Aloja tus propios servidores en nuestros centros de datos suizos.',
  'feedback.service.audio-streaming.name': 'Streaming de audio',
  'feedback.service.audio-streaming.description': 'Emite tu radio en directo por Internet.',
  'feedback.service.video-streaming.name': 'Streaming de vídeo',
  'feedback.service.video-streaming.description': 'Emite vídeo en directo para tu público.',
  'feedback.service.vod-aod.name': 'VOD/AOD',
  'feedback.service.vod-aod.description': 'Aloja y publica vídeo y audio bajo demanda.',
  'feedback.service.synology.name': 'Synology',
  'feedback.service.synology.description': 'Haz copias de seguridad de tu NAS Synology en Suiza.',
  'feedback.service.swiss-backup.name': 'Swiss Backup',
  'feedback.service.swiss-backup.description':
    'Haz copias de seguridad de ordenadores, teléfonos y servidores en Suiza.',
  'feedback.service.guest-manager.name': 'Guest Manager',
  'feedback.service.guest-manager.description': 'Gestiona listas de invitados, invitaciones y entradas de tus eventos.',
  'feedback.service.swiss-transfer.name': 'Swiss Transfer',
  'feedback.service.swiss-transfer.description': 'Envía archivos grandes gratis.',
  'feedback.service.public-cloud.name': 'Public Cloud',
  'feedback.service.public-cloud.description':
    'Infraestructura OpenStack para tus proyectos, pagando solo lo que usas.',
  'feedback.service.help-center.name': 'Centro de ayuda',

  'feedback.form.title': 'Tu opinión sobre {service}',
  'feedback.form.intro':
    'Cuéntale al equipo de {service} qué funciona, qué no y qué te gustaría. Leemos todos los mensajes.',
  'feedback.form.noscript':
    'Este formulario necesita JavaScript para enviar tu opinión. Activa JavaScript en tu navegador o escribe al soporte por correo.',
  'feedback.kind.legend': '¿Qué tipo de opinión es?',
  'feedback.kind.suggestion': 'Una sugerencia',
  'feedback.kind.problem': 'Un problema',
  'feedback.kind.praise': 'Un elogio',
  'feedback.subject.label': 'Asunto',
  'feedback.subject.hint': 'Unas pocas palabras, de {min} a {max, plural, one {# carácter} other {# caracteres}}.',
  'feedback.message.label': 'Tu mensaje',
  'feedback.message.hint':
    'Entre {min} y {max, plural, one {# carácter} other {# caracteres}}. No incluyas nunca una contraseña ni un número de tarjeta.',
  'feedback.counter': '{count} de {max, plural, one {# carácter} other {# caracteres}}',
  'feedback.counter.over': '{count, plural, one {# carácter} other {# caracteres}}, {excess} de más',
  'feedback.email.label': 'Dirección de correo (opcional)',
  'feedback.email.hint': 'Solo si quieres una respuesta.',
  'feedback.consent.label': 'Podéis responderme a esta dirección sobre esta opinión.',
  'feedback.honeypot.label': 'Deja este campo vacío',
  'feedback.submit': 'Enviar opinión',
  'feedback.submitting': 'Enviando…',
  'feedback.errorSummary.title': 'Hay un problema',

  'feedback.error.kind.invalid-kind': 'Elige qué tipo de opinión es',
  'feedback.error.subject.required': 'Escribe un asunto',
  'feedback.error.subject.too-short':
    'El asunto debe tener al menos {min, plural, one {# carácter} other {# caracteres}}',
  'feedback.error.subject.too-long':
    'El asunto puede tener como máximo {max, plural, one {# carácter} other {# caracteres}}',
  'feedback.error.subject.control-characters': 'Quita del asunto los caracteres de control invisibles',
  'feedback.error.message.required': 'Escribe tu mensaje',
  'feedback.error.message.too-short':
    'El mensaje debe tener al menos {min, plural, one {# carácter} other {# caracteres}}',
  'feedback.error.message.too-long':
    'El mensaje puede tener como máximo {max, plural, one {# carácter} other {# caracteres}}',
  'feedback.error.message.control-characters': 'Quita del mensaje los caracteres de control invisibles',
  'feedback.error.email.invalid-email':
    'Escribe una dirección de correo con el formato correcto, por ejemplo nombre@ejemplo.es',
  'feedback.error.email.email-required': 'Escribe la dirección a la que podemos responderte, o desmarca la casilla',
  'feedback.error.replyConsent.consent-required':
    'Marca la casilla para que podamos responderte a esta dirección, o borra la dirección',
  'feedback.error.other': 'Este campo no se ha podido aceptar: revísalo',

  'feedback.status.sent': 'Gracias, tu opinión se ha enviado. Referencia: {reference}.',
  'feedback.status.queued':
    'Tu opinión está guardada en este dispositivo y se enviará automáticamente lo antes posible.',
  'feedback.status.offline':
    'No tienes conexión. Tu opinión está guardada en este dispositivo y se enviará cuando vuelvas a estar en línea.',
  'feedback.status.rateLimited':
    'Se han enviado demasiados mensajes en poco tiempo. Tu opinión está guardada en este dispositivo y se enviará automáticamente dentro de {seconds, plural, one {# segundo} other {# segundos}}.',
  'feedback.status.server':
    'El servicio de opiniones no ha respondido. Tu opinión está guardada en este dispositivo y se enviará automáticamente.',

  'feedback.mine.title': 'Mis opiniones en este dispositivo',
  'feedback.mine.intro':
    'Lo que has enviado desde este navegador y lo que aún espera a enviarse. Solo tú ves esta lista.',
  'feedback.mine.empty': 'Todavía no se ha enviado nada desde este navegador.',
  'feedback.mine.sent': 'Enviada, referencia {reference}',
  'feedback.mine.waiting': 'Pendiente de envío',
  'feedback.mine.waitingOffline': 'Pendiente de envío: no tienes conexión',
  'feedback.mine.guide': 'Opinión sobre la guía «{guide}»',

  'helpful.question': '¿Te ha resultado útil esta guía?',
  'helpful.yes': 'Sí',
  'helpful.no': 'No',
  'helpful.reason.legend': '¿Qué ha fallado?',
  'helpful.reason.missing-step': 'Falta un paso',
  'helpful.reason.outdated': 'Está desactualizada',
  'helpful.reason.unclear': 'No está clara',
  'helpful.reason.other': 'Otra cosa',
  'helpful.comment.label': '¿Algo que añadir? (opcional)',
  'helpful.comment.hint':
    'Como máximo {max, plural, one {# carácter} other {# caracteres}}. Por favor, no incluyas datos personales.',
  'helpful.send': 'Enviar',
  'helpful.thanks': 'Gracias por tu respuesta.',
  'helpful.queued': 'Gracias. Tu respuesta está guardada en este dispositivo y se enviará lo antes posible.',
  'helpful.noscript':
    'Para responder a esta pregunta se necesita JavaScript. También puedes darnos tu opinión en la página de opiniones.',
  'helpful.feedbackLink': 'Danos tu opinión',
  'helpful.error.reason.required': 'Elige qué ha fallado',
  'helpful.error.comment.too-long':
    'El comentario puede tener como máximo {max, plural, one {# carácter} other {# caracteres}}',
  'helpful.error.comment.control-characters': 'Quita del comentario los caracteres de control invisibles',
} as const satisfies Record<keyof typeof feedbackEn, string>;
