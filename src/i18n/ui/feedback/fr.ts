import type { feedbackEn } from './en.ts';

export const feedbackFr = {
  'feedback.list.title': 'Donner votre avis',
  'feedback.list.intro':
    'Choisissez le service concerné par votre avis. L’équipe de chaque service lit ce que vous écrivez.',
  'feedback.list.servicesHeading': 'Services',
  'feedback.list.suggestHeading': 'Un guide vous manque ?',
  'feedback.list.suggestIntro':
    'Dites-nous ce que vous cherchiez : cela nous aide à choisir les prochains guides à écrire.',
  'feedback.suggest.subject': 'Un guide sur « {query} »',

  'feedback.service.domain-names.name': 'Noms de domaine',
  'feedback.service.domain-names.description': 'Enregistrez, transférez et gérez vos noms de domaine.',
  'feedback.service.web-hosting.name': 'Hébergement web',
  'feedback.service.web-hosting.description': 'Hébergez vos sites, bases de données et applications.',
  'feedback.service.mail.name': 'Service Mail et interface Mail',
  'feedback.service.mail.description': 'Des adresses e-mail professionnelles et l’application web Mail.',
  'feedback.service.kdrive.name': 'kDrive',
  'feedback.service.kdrive.description': 'Stockez, partagez et synchronisez vos fichiers.',
  'feedback.service.kmeet.name': 'kMeet',
  'feedback.service.kmeet.description': 'Des visioconférences ouvertes à tous, sans compte.',
  'feedback.service.cloud-servers.name': 'Serveurs cloud',
  'feedback.service.cloud-servers.description':
    'Des serveurs virtuels que vous administrez, avec des ressources qui suivent vos besoins.',
  'feedback.service.jelastic-cloud.name': 'Jelastic Cloud',
  'feedback.service.jelastic-cloud.description': 'Déployez des applications en conteneurs sans gérer de serveurs.',
  'feedback.service.newsletter.name': 'Newsletter',
  'feedback.service.newsletter.description': 'Créez des campagnes e-mail et envoyez-les à vos abonnés.',
  'feedback.service.ssl-certificates.name': 'Certificats SSL',
  'feedback.service.ssl-certificates.description': 'Sécurisez vos sites avec HTTPS.',
  'feedback.service.housing-datacenter.name': 'Housing et datacenter',
  'feedback.service.housing-datacenter.description': 'Hébergez vos propres serveurs dans nos datacenters suisses.',
  'feedback.service.audio-streaming.name': 'Streaming audio',
  'feedback.service.audio-streaming.description': 'Diffusez votre radio en direct sur Internet.',
  'feedback.service.video-streaming.name': 'Streaming vidéo',
  'feedback.service.video-streaming.description': 'Diffusez des vidéos en direct à votre public.',
  'feedback.service.vod-aod.name': 'VOD/AOD',
  'feedback.service.vod-aod.description': 'Hébergez et publiez de la vidéo et de l’audio à la demande.',
  'feedback.service.synology.name': 'Synology',
  'feedback.service.synology.description': 'Sauvegardez votre NAS Synology en Suisse.',
  'feedback.service.swiss-backup.name': 'Swiss Backup',
  'feedback.service.swiss-backup.description': 'Sauvegardez ordinateurs, téléphones et serveurs en Suisse.',
  'feedback.service.guest-manager.name': 'Guest Manager',
  'feedback.service.guest-manager.description': 'Gérez listes d’invités, invitations et billets de vos événements.',
  'feedback.service.swiss-transfer.name': 'Swiss Transfer',
  'feedback.service.swiss-transfer.description': 'Envoyez gratuitement des fichiers volumineux.',
  'feedback.service.public-cloud.name': 'Public Cloud',
  'feedback.service.public-cloud.description': 'Une infrastructure OpenStack pour vos projets, payée à l’usage.',
  'feedback.service.help-center.name': 'Centre d’aide',

  'feedback.form.title': 'Votre avis sur {service}',
  'feedback.form.intro':
    'Dites à l’équipe {service} ce qui fonctionne, ce qui ne fonctionne pas et ce que vous aimeriez. Chaque message est lu.',
  'feedback.form.noscript':
    'Ce formulaire a besoin de JavaScript pour envoyer votre avis. Activez JavaScript dans votre navigateur ou écrivez au support par e-mail.',
  'feedback.kind.legend': 'De quel type d’avis s’agit-il ?',
  'feedback.kind.suggestion': 'Une suggestion',
  'feedback.kind.problem': 'Un problème',
  'feedback.kind.praise': 'Un compliment',
  'feedback.subject.label': 'Objet',
  'feedback.subject.hint': 'Quelques mots, de {min} à {max, plural, one {# caractère} other {# caractères}}.',
  'feedback.message.label': 'Votre message',
  'feedback.message.hint':
    'Entre {min} et {max, plural, one {# caractère} other {# caractères}}. N’indiquez jamais de mot de passe ni de numéro de carte.',
  'feedback.counter': '{count, plural, one {# caractère} other {# caractères}} sur {max}',
  'feedback.counter.over': '{count, plural, one {# caractère} other {# caractères}}, {excess} de trop',
  'feedback.email.label': 'Adresse e-mail (facultatif)',
  'feedback.email.hint': 'Seulement si vous souhaitez une réponse.',
  'feedback.consent.label': 'Vous pouvez me répondre à cette adresse au sujet de cet avis.',
  'feedback.honeypot.label': 'Laissez ce champ vide',
  'feedback.submit': 'Envoyer mon avis',
  'feedback.submitting': 'Envoi…',
  'feedback.errorSummary.title': 'Un problème est survenu',

  'feedback.error.kind.invalid-kind': 'Choisissez le type de votre avis',
  'feedback.error.subject.required': 'Saisissez un objet',
  'feedback.error.subject.too-short':
    'L’objet doit compter au moins {min, plural, one {# caractère} other {# caractères}}',
  'feedback.error.subject.too-long':
    'L’objet doit compter {max, plural, one {# caractère} other {# caractères}} au plus',
  'feedback.error.subject.control-characters': 'Retirez les caractères de contrôle invisibles de l’objet',
  'feedback.error.message.required': 'Saisissez votre message',
  'feedback.error.message.too-short':
    'Le message doit compter au moins {min, plural, one {# caractère} other {# caractères}}',
  'feedback.error.message.too-long':
    'Le message doit compter {max, plural, one {# caractère} other {# caractères}} au plus',
  'feedback.error.message.control-characters': 'Retirez les caractères de contrôle invisibles du message',
  'feedback.error.email.invalid-email': 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.ch',
  'feedback.error.email.email-required':
    'Saisissez l’adresse à laquelle nous pouvons vous répondre, ou décochez la case',
  'feedback.error.replyConsent.consent-required':
    'Cochez la case pour que nous puissions vous répondre à cette adresse, ou retirez l’adresse',
  'feedback.error.other': 'Ce champ n’a pas pu être accepté : vérifiez-le',

  'feedback.status.sent': 'Merci, votre avis a été envoyé. Référence : {reference}.',
  'feedback.status.queued':
    'Votre avis est enregistré sur cet appareil et sera envoyé automatiquement dès que possible.',
  'feedback.status.offline':
    'Vous êtes hors ligne. Votre avis est enregistré sur cet appareil et sera envoyé dès votre retour en ligne.',
  'feedback.status.rateLimited':
    'Trop de messages ont été envoyés en peu de temps. Votre avis est enregistré sur cet appareil et sera envoyé automatiquement dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'feedback.status.server':
    'Le service des avis n’a pas répondu. Votre avis est enregistré sur cet appareil et sera envoyé automatiquement.',

  'feedback.mine.title': 'Mes avis sur cet appareil',
  'feedback.mine.intro':
    'Ce que vous avez envoyé depuis ce navigateur, et ce qui attend encore d’être envoyé. Vous seul voyez cette liste.',
  'feedback.mine.empty': 'Rien n’a encore été envoyé depuis ce navigateur.',
  'feedback.mine.sent': 'Envoyé, référence {reference}',
  'feedback.mine.waiting': 'En attente d’envoi',
  'feedback.mine.waitingOffline': 'En attente d’envoi : vous êtes hors ligne',
  'feedback.mine.guide': 'Avis sur le guide « {guide} »',

  'helpful.question': 'Ce guide vous a-t-il été utile ?',
  'helpful.yes': 'Oui',
  'helpful.no': 'Non',
  'helpful.reason.legend': 'Qu’est-ce qui n’allait pas ?',
  'helpful.reason.missing-step': 'Il manque une étape',
  'helpful.reason.outdated': 'Il n’est plus à jour',
  'helpful.reason.unclear': 'Il n’est pas clair',
  'helpful.reason.other': 'Autre chose',
  'helpful.comment.label': 'Quelque chose à ajouter ? (facultatif)',
  'helpful.comment.hint':
    '{max, plural, one {# caractère} other {# caractères}} au plus. Merci de ne pas indiquer d’informations personnelles.',
  'helpful.send': 'Envoyer',
  'helpful.thanks': 'Merci pour votre réponse.',
  'helpful.queued': 'Merci. Votre réponse est enregistrée sur cet appareil et sera envoyée dès que possible.',
  'helpful.noscript':
    'Pour répondre à cette question, JavaScript est nécessaire. Vous pouvez aussi nous donner votre avis sur la page des avis.',
  'helpful.feedbackLink': 'Donner votre avis',
  'helpful.error.reason.required': 'Choisissez ce qui n’allait pas',
  'helpful.error.comment.too-long':
    'Le commentaire doit compter {max, plural, one {# caractère} other {# caractères}} au plus',
  'helpful.error.comment.control-characters': 'Retirez les caractères de contrôle invisibles du commentaire',
} as const satisfies Record<keyof typeof feedbackEn, string>;
