import type { feedbackEn } from './en.ts';

export const feedbackDe = {
  'feedback.list.title': 'Feedback geben',
  'feedback.list.intro':
    'Wählen Sie den Dienst, um den es in Ihrem Feedback geht. Das Team jedes Dienstes liest, was Sie schreiben.',
  'feedback.list.servicesHeading': 'Dienste',
  'feedback.list.suggestHeading': 'Fehlt Ihnen eine Anleitung?',
  'feedback.list.suggestIntro':
    'Sagen Sie uns, wonach Sie gesucht haben: So entscheiden wir, welche Anleitungen wir als Nächstes schreiben.',
  'feedback.suggest.subject': 'Eine Anleitung zu „{query}“',

  'feedback.service.domain-names.name': 'Domainnamen',
  'feedback.service.domain-names.description': 'Registrieren, übertragen und verwalten Sie Ihre Domainnamen.',
  'feedback.service.web-hosting.name': 'Webhosting',
  'feedback.service.web-hosting.description': 'Hosten Sie Ihre Websites, Datenbanken und Anwendungen.',
  'feedback.service.mail.name': 'Mail Service und Mail-Oberfläche',
  'feedback.service.mail.description': 'Professionelle E-Mail-Adressen und die Web-App Mail.',
  'feedback.service.kdrive.name': 'kDrive',
  'feedback.service.kdrive.description': 'Speichern, teilen und synchronisieren Sie Ihre Dateien.',
  'feedback.service.kmeet.name': 'kMeet',
  'feedback.service.kmeet.description': 'Videokonferenzen, an denen alle ohne Konto teilnehmen können.',
  'feedback.service.cloud-servers.name': 'Cloud-Server',
  'feedback.service.cloud-servers.description':
    'Virtuelle Server, die Sie selbst verwalten, mit Ressourcen, die mitwachsen.',
  'feedback.service.jelastic-cloud.name': 'Jelastic Cloud',
  'feedback.service.jelastic-cloud.description':
    'Stellen Sie Anwendungen in Containern bereit, ohne Server zu verwalten.',
  'feedback.service.newsletter.name': 'Newsletter',
  'feedback.service.newsletter.description': 'Gestalten Sie E-Mail-Kampagnen und senden Sie sie an Ihre Abonnenten.',
  'feedback.service.ssl-certificates.name': 'SSL-Zertifikate',
  'feedback.service.ssl-certificates.description': 'Sichern Sie Ihre Websites mit HTTPS.',
  'feedback.service.housing-datacenter.name': 'Housing und Rechenzentrum',
  'feedback.service.housing-datacenter.description':
    'Betreiben Sie Ihre eigenen Server in unseren Schweizer Rechenzentren.',
  'feedback.service.audio-streaming.name': 'Audio-Streaming',
  'feedback.service.audio-streaming.description': 'Senden Sie Ihr Radio live im Internet.',
  'feedback.service.video-streaming.name': 'Video-Streaming',
  'feedback.service.video-streaming.description': 'Übertragen Sie Live-Videos an Ihr Publikum.',
  'feedback.service.vod-aod.name': 'VOD/AOD',
  'feedback.service.vod-aod.description': 'Hosten und veröffentlichen Sie Video und Audio auf Abruf.',
  'feedback.service.synology.name': 'Synology',
  'feedback.service.synology.description': 'Sichern Sie Ihr Synology-NAS in der Schweiz.',
  'feedback.service.swiss-backup.name': 'Swiss Backup',
  'feedback.service.swiss-backup.description': 'Sichern Sie Computer, Smartphones und Server in der Schweiz.',
  'feedback.service.guest-manager.name': 'Guest Manager',
  'feedback.service.guest-manager.description':
    'Verwalten Sie Gästelisten, Einladungen und Tickets für Ihre Veranstaltungen.',
  'feedback.service.swiss-transfer.name': 'Swiss Transfer',
  'feedback.service.swiss-transfer.description': 'Versenden Sie grosse Dateien kostenlos.',
  'feedback.service.public-cloud.name': 'Public Cloud',
  'feedback.service.public-cloud.description': 'OpenStack-Infrastruktur für Ihre Projekte, bezahlt nach Nutzung.',
  'feedback.service.help-center.name': 'Hilfe-Center',

  'feedback.form.title': 'Feedback zu {service}',
  'feedback.form.intro':
    'Sagen Sie dem Team von {service}, was gut funktioniert, was nicht und was Sie sich wünschen. Jede Nachricht wird gelesen.',
  'feedback.form.noscript':
    'Dieses Formular braucht JavaScript, um Ihr Feedback zu senden. Aktivieren Sie JavaScript in Ihrem Browser oder schreiben Sie dem Support per E-Mail.',
  'feedback.kind.legend': 'Um welche Art von Feedback handelt es sich?',
  'feedback.kind.suggestion': 'Ein Vorschlag',
  'feedback.kind.problem': 'Ein Problem',
  'feedback.kind.praise': 'Ein Lob',
  'feedback.subject.label': 'Betreff',
  'feedback.subject.hint': 'Ein paar Worte, {min} bis {max} Zeichen.',
  'feedback.message.label': 'Ihre Nachricht',
  'feedback.message.hint': 'Zwischen {min} und {max} Zeichen. Geben Sie nie ein Passwort oder eine Kartennummer an.',
  'feedback.counter': '{count} von {max} Zeichen',
  'feedback.counter.over': '{count} Zeichen, {excess} zu viel',
  'feedback.email.label': 'E-Mail-Adresse (optional)',
  'feedback.email.hint': 'Nur wenn Sie eine Antwort möchten.',
  'feedback.consent.label': 'Sie dürfen mir zu diesem Feedback an diese Adresse antworten.',
  'feedback.honeypot.label': 'Dieses Feld leer lassen',
  'feedback.submit': 'Feedback senden',
  'feedback.submitting': 'Wird gesendet…',
  'feedback.errorSummary.title': 'Es gibt ein Problem',

  'feedback.error.kind.invalid-kind': 'Wählen Sie die Art Ihres Feedbacks',
  'feedback.error.subject.required': 'Geben Sie einen Betreff ein',
  'feedback.error.subject.too-short': 'Der Betreff muss mindestens {min} Zeichen lang sein',
  'feedback.error.subject.too-long': 'Der Betreff darf höchstens {max} Zeichen lang sein',
  'feedback.error.subject.control-characters': 'Entfernen Sie die unsichtbaren Steuerzeichen aus dem Betreff',
  'feedback.error.message.required': 'Geben Sie Ihre Nachricht ein',
  'feedback.error.message.too-short': 'Die Nachricht muss mindestens {min} Zeichen lang sein',
  'feedback.error.message.too-long': 'Die Nachricht darf höchstens {max} Zeichen lang sein',
  'feedback.error.message.control-characters': 'Entfernen Sie die unsichtbaren Steuerzeichen aus der Nachricht',
  'feedback.error.email.invalid-email':
    'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.ch',
  'feedback.error.email.email-required':
    'Geben Sie die Adresse ein, an die wir antworten dürfen, oder entfernen Sie das Häkchen',
  'feedback.error.replyConsent.consent-required':
    'Setzen Sie das Häkchen, damit wir Ihnen an diese Adresse antworten dürfen, oder entfernen Sie die Adresse',
  'feedback.error.other': 'Dieses Feld konnte nicht angenommen werden: Bitte prüfen Sie es',

  'feedback.status.sent': 'Danke, Ihr Feedback wurde gesendet. Referenz: {reference}.',
  'feedback.status.queued':
    'Ihr Feedback ist auf diesem Gerät gespeichert und wird so bald wie möglich automatisch gesendet.',
  'feedback.status.offline':
    'Sie sind offline. Ihr Feedback ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.',
  'feedback.status.rateLimited':
    'In kurzer Zeit wurden zu viele Nachrichten gesendet. Ihr Feedback ist auf diesem Gerät gespeichert und wird in {seconds, plural, one {# Sekunde} other {# Sekunden}} automatisch gesendet.',
  'feedback.status.server':
    'Der Feedback-Dienst hat nicht geantwortet. Ihr Feedback ist auf diesem Gerät gespeichert und wird automatisch gesendet.',

  'feedback.mine.title': 'Mein Feedback auf diesem Gerät',
  'feedback.mine.intro':
    'Was Sie von diesem Browser aus gesendet haben und was noch auf den Versand wartet. Nur Sie sehen diese Liste.',
  'feedback.mine.empty': 'Von diesem Browser wurde noch nichts gesendet.',
  'feedback.mine.sent': 'Gesendet, Referenz {reference}',
  'feedback.mine.waiting': 'Wartet auf den Versand',
  'feedback.mine.waitingOffline': 'Wartet auf den Versand: Sie sind offline',
  'feedback.mine.guide': 'Meinung zur Anleitung „{guide}“',

  'helpful.question': 'War diese Anleitung hilfreich?',
  'helpful.yes': 'Ja',
  'helpful.no': 'Nein',
  'helpful.reason.legend': 'Was hat nicht gepasst?',
  'helpful.reason.missing-step': 'Ein Schritt fehlt',
  'helpful.reason.outdated': 'Sie ist veraltet',
  'helpful.reason.unclear': 'Sie ist unklar',
  'helpful.reason.other': 'Etwas anderes',
  'helpful.comment.label': 'Möchten Sie etwas ergänzen? (optional)',
  'helpful.comment.hint': 'Höchstens {max} Zeichen. Bitte keine persönlichen Angaben.',
  'helpful.send': 'Senden',
  'helpful.thanks': 'Danke für Ihre Antwort.',
  'helpful.queued': 'Danke. Ihre Antwort ist auf diesem Gerät gespeichert und wird so bald wie möglich gesendet.',
  'helpful.noscript':
    'Um diese Frage zu beantworten, wird JavaScript benötigt. Sie können uns Ihre Meinung auch auf der Feedback-Seite mitteilen.',
  'helpful.feedbackLink': 'Feedback geben',
  'helpful.error.reason.required': 'Wählen Sie, was nicht gepasst hat',
  'helpful.error.comment.too-long': 'Der Kommentar darf höchstens {max} Zeichen lang sein',
  'helpful.error.comment.control-characters': 'Entfernen Sie die unsichtbaren Steuerzeichen aus dem Kommentar',
} as const satisfies Record<keyof typeof feedbackEn, string>;
