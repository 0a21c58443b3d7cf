import type { feedbackEn } from './en.ts';

export const feedbackIt = {
  'feedback.list.title': 'Lascia un feedback',
  'feedback.list.intro':
    'Scegli il servizio a cui si riferisce il tuo feedback. Il team di ogni servizio legge ciò che scrivi.',
  'feedback.list.servicesHeading': 'Servizi',
  'feedback.list.suggestHeading': 'Manca una guida?',
  'feedback.list.suggestIntro': 'Dicci che cosa stavi cercando: ci aiuta a decidere quali guide scrivere.',
  'feedback.suggest.subject': 'Una guida su «{query}»',

  'feedback.service.domain-names.name': 'Nomi di dominio',
  'feedback.service.domain-names.description': 'Registra, trasferisci e gestisci i tuoi nomi di dominio.',
  'feedback.service.web-hosting.name': 'Hosting web',
  'feedback.service.web-hosting.description': 'Ospita i tuoi siti, database e applicazioni.',
  'feedback.service.mail.name': 'Servizio Mail e interfaccia Mail',
  'feedback.service.mail.description': 'Indirizzi e-mail professionali e l’app web Mail.',
  'feedback.service.kdrive.name': 'kDrive',
  'feedback.service.kdrive.description': 'Archivia, condividi e sincronizza i tuoi file.',
  'feedback.service.kmeet.name': 'kMeet',
  'feedback.service.kmeet.description': 'Videoconferenze aperte a tutti, senza account.',
  'feedback.service.cloud-servers.name': 'Server cloud',
  'feedback.service.cloud-servers.description': 'Server virtuali che gestisci tu, con risorse che crescono con te.',
  'feedback.service.jelastic-cloud.name': 'Jelastic Cloud',
  'feedback.service.jelastic-cloud.description': 'Distribuisci applicazioni in container senza gestire server.',
  'feedback.service.newsletter.name': 'Newsletter',
  'feedback.service.newsletter.description': 'Crea campagne e-mail e inviale ai tuoi iscritti.',
  'feedback.service.ssl-certificates.name': 'Certificati SSL',
  'feedback.service.ssl-certificates.description': 'Proteggi i tuoi siti con HTTPS.',
  'feedback.service.housing-datacenter.name': 'Housing e datacenter',
  'feedback.service.housing-datacenter.description': 'Ospita i tuoi server nei nostri datacenter svizzeri.',
  'feedback.service.audio-streaming.name': 'Streaming audio',
  'feedback.service.audio-streaming.description': 'Trasmetti la tua radio in diretta su Internet.',
  'feedback.service.video-streaming.name': 'Streaming video',
  'feedback.service.video-streaming.description': 'Trasmetti video in diretta al tuo pubblico.',
  'feedback.service.vod-aod.name': 'VOD/AOD',
  'feedback.service.vod-aod.description': 'Ospita e pubblica video e audio on demand.',
  'feedback.service.synology.name': 'Synology',
  'feedback.service.synology.description': 'Fai il backup del tuo NAS Synology in Svizzera.',
  'feedback.service.swiss-backup.name': 'Swiss Backup',
  'feedback.service.swiss-backup.description': 'Fai il backup di computer, telefoni e server in Svizzera.',
  'feedback.service.guest-manager.name': 'Guest Manager',
  'feedback.service.guest-manager.description': 'Gestisci liste di invitati, inviti e biglietti per i tuoi eventi.',
  'feedback.service.swiss-transfer.name': 'Swiss Transfer',
  'feedback.service.swiss-transfer.description': 'Invia gratuitamente file di grandi dimensioni.',
  'feedback.service.public-cloud.name': 'Public Cloud',
  'feedback.service.public-cloud.description': 'Infrastruttura OpenStack per i tuoi progetti, pagata in base all’uso.',
  'feedback.service.help-center.name': 'Centro assistenza',

  'feedback.form.title': 'Feedback su {service}',
  'feedback.form.intro':
    'Di’ al team di {service} che cosa funziona, che cosa no e che cosa vorresti. Ogni messaggio viene letto.',
  'feedback.form.noscript':
    'Questo modulo ha bisogno di JavaScript per inviare il tuo feedback. Attiva JavaScript nel browser oppure scrivi al supporto via e-mail.',
  'feedback.kind.legend': 'Di che tipo di feedback si tratta?',
  'feedback.kind.suggestion': 'Un suggerimento',
  'feedback.kind.problem': 'Un problema',
  'feedback.kind.praise': 'Un complimento',
  'feedback.subject.label': 'Oggetto',
  'feedback.subject.hint': 'Poche parole, da {min} a {max, plural, one {# carattere} other {# caratteri}}.',
  'feedback.message.label': 'Il tuo messaggio',
  'feedback.message.hint':
    'Tra {min} e {max, plural, one {# carattere} other {# caratteri}}. Non indicare mai una password o un numero di carta.',
  'feedback.counter': '{count, plural, one {# carattere} other {# caratteri}} su {max}',
  'feedback.counter.over': '{count, plural, one {# carattere} other {# caratteri}}, {excess} di troppo',
  'feedback.email.label': 'Indirizzo e-mail (facoltativo)',
  'feedback.email.hint': 'Solo se desideri una risposta.',
  'feedback.consent.label': 'Potete rispondermi a questo indirizzo riguardo a questo feedback.',
  'feedback.honeypot.label': 'Lascia vuoto questo campo',
  'feedback.submit': 'Invia feedback',
  'feedback.submitting': 'Invio in corso…',
  'feedback.errorSummary.title': 'C’è un problema',

  'feedback.error.kind.invalid-kind': 'Scegli il tipo di feedback',
  'feedback.error.subject.required': 'Inserisci un oggetto',
  'feedback.error.subject.too-short':
    'L’oggetto deve contenere almeno {min, plural, one {# carattere} other {# caratteri}}',
  'feedback.error.subject.too-long':
    'L’oggetto può contenere al massimo {max, plural, one {# carattere} other {# caratteri}}',
  'feedback.error.subject.control-characters': 'Rimuovi dall’oggetto i caratteri di controllo invisibili',
  'feedback.error.message.required': 'Inserisci il tuo messaggio',
  'feedback.error.message.too-short':
    'Il messaggio deve contenere almeno {min, plural, one {# carattere} other {# caratteri}}',
  'feedback.error.message.too-long':
    'Il messaggio può contenere al massimo {max, plural, one {# carattere} other {# caratteri}}',
  'feedback.error.message.control-characters': 'Rimuovi dal messaggio i caratteri di controllo invisibili',
  'feedback.error.email.invalid-email':
    'Inserisci un indirizzo e-mail nel formato corretto, ad esempio nome@esempio.ch',
  'feedback.error.email.email-required': 'Inserisci l’indirizzo a cui possiamo risponderti, oppure togli la spunta',
  'feedback.error.replyConsent.consent-required':
    'Spunta la casella per permetterci di risponderti a questo indirizzo, oppure rimuovi l’indirizzo',
  'feedback.error.other': 'Questo campo non è stato accettato: controllalo',

  'feedback.status.sent': 'Grazie, il tuo feedback è stato inviato. Riferimento: {reference}.',
  'feedback.status.queued':
    'Il tuo feedback è salvato su questo dispositivo e verrà inviato automaticamente appena possibile.',
  'feedback.status.offline':
    'Sei offline. Il tuo feedback è salvato su questo dispositivo e verrà inviato quando tornerai online.',
  'feedback.status.rateLimited':
    'Sono stati inviati troppi messaggi in poco tempo. Il tuo feedback è salvato su questo dispositivo e verrà inviato automaticamente tra {seconds, plural, one {# secondo} other {# secondi}}.',
  'feedback.status.server':
    'Il servizio di feedback non ha risposto. Il tuo feedback è salvato su questo dispositivo e verrà inviato automaticamente.',

  'feedback.mine.title': 'I miei feedback su questo dispositivo',
  'feedback.mine.intro':
    'Ciò che hai inviato da questo browser e ciò che attende ancora l’invio. Solo tu vedi questo elenco.',
  'feedback.mine.empty': 'Non è ancora stato inviato nulla da questo browser.',
  'feedback.mine.sent': 'Inviato, riferimento {reference}',
  'feedback.mine.waiting': 'In attesa di invio',
  'feedback.mine.waitingOffline': 'In attesa di invio: sei offline',
  'feedback.mine.guide': 'Opinione sulla guida «{guide}»',

  'helpful.question': 'Questa guida ti è stata utile?',
  'helpful.yes': 'Sì',
  'helpful.no': 'No',
  'helpful.reason.legend': 'Che cosa non andava?',
  'helpful.reason.missing-step': 'Manca un passaggio',
  'helpful.reason.outdated': 'Non è aggiornata',
  'helpful.reason.unclear': 'Non è chiara',
  'helpful.reason.other': 'Altro',
  'helpful.comment.label': 'Vuoi aggiungere qualcosa? (facoltativo)',
  'helpful.comment.hint':
    'Al massimo {max, plural, one {# carattere} other {# caratteri}}. Non indicare dati personali.',
  'helpful.send': 'Invia',
  'helpful.thanks': 'Grazie per la tua risposta.',
  'helpful.queued': 'Grazie. La tua risposta è salvata su questo dispositivo e verrà inviata appena possibile.',
  'helpful.noscript':
    'Per rispondere a questa domanda serve JavaScript. Puoi anche darci la tua opinione nella pagina dei feedback.',
  'helpful.feedbackLink': 'Lascia un feedback',
  'helpful.error.reason.required': 'Scegli che cosa non andava',
  'helpful.error.comment.too-long':
    'Il commento può contenere al massimo {max, plural, one {# carattere} other {# caratteri}}',
  'helpful.error.comment.control-characters': 'Rimuovi dal commento i caratteri di controllo invisibili',
} as const satisfies Record<keyof typeof feedbackEn, string>;
