/**
 * Strings of the feedback pages, the feedback form, "My feedback on this device" and "Was this
 * guide helpful?". Field errors are `feedback.error.<field>.<code>`, codes from src/api/feedback.ts.
 */
export const feedbackEn = {
  'feedback.list.title': 'Give feedback',
  'feedback.list.intro':
    'Choose the service your feedback is about. The team behind each service reads what you write.',
  'feedback.list.servicesHeading': 'Services',
  'feedback.list.suggestHeading': 'Missing a guide?',
  'feedback.list.suggestIntro': 'Tell us what you were looking for: it helps us decide which guides to write next.',
  'feedback.suggest.subject': 'A guide about “{query}”',

  'feedback.service.domain-names.name': 'Domain names',
  'feedback.service.domain-names.description': 'Register, transfer and manage your domain names.',
  'feedback.service.web-hosting.name': 'Web hosting',
  'feedback.service.web-hosting.description': 'Host your websites, databases and applications.',
  'feedback.service.mail.name': 'Mail Service and Mail interface',
  'feedback.service.mail.description': 'Professional email addresses and the Mail web app.',
  'feedback.service.kdrive.name': 'kDrive',
  'feedback.service.kdrive.description': 'Store, share and sync your files.',
  'feedback.service.kmeet.name': 'kMeet',
  'feedback.service.kmeet.description': 'Video meetings that anyone can join, no account needed.',
  'feedback.service.cloud-servers.name': 'Cloud servers',
  'feedback.service.cloud-servers.description': 'Virtual servers you run yourself, with resources that grow with you.',
  'feedback.service.jelastic-cloud.name': 'Jelastic Cloud',
  'feedback.service.jelastic-cloud.description': 'Deploy applications in containers without managing servers.',
  'feedback.service.newsletter.name': 'Newsletter',
  'feedback.service.newsletter.description': 'Design email campaigns and send them to your subscribers.',
  'feedback.service.ssl-certificates.name': 'SSL certificates',
  'feedback.service.ssl-certificates.description': 'Secure your websites with HTTPS.',
  'feedback.service.housing-datacenter.name': 'Housing and data centre',
  'feedback.service.housing-datacenter.description': 'Host your own servers in our Swiss data centres.',
  'feedback.service.audio-streaming.name': 'Audio streaming',
  'feedback.service.audio-streaming.description': 'Broadcast your radio live on the internet.',
  'feedback.service.video-streaming.name': 'Video streaming',
  'feedback.service.video-streaming.description': 'Broadcast live video to your audience.',
  'feedback.service.vod-aod.name': 'VOD/AOD',
  'feedback.service.vod-aod.description': 'Host and publish video and audio on demand.',
  'feedback.service.synology.name': 'Synology',
  'feedback.service.synology.description': 'Back up your Synology NAS to Switzerland.',
  'feedback.service.swiss-backup.name': 'Swiss Backup',
  'feedback.service.swiss-backup.description': 'Back up computers, phones and servers in Switzerland.',
  'feedback.service.guest-manager.name': 'Guest Manager',
  'feedback.service.guest-manager.description': 'Manage guest lists, invitations and tickets for your events.',
  'feedback.service.swiss-transfer.name': 'Swiss Transfer',
  'feedback.service.swiss-transfer.description': 'Send large files for free.',
  'feedback.service.public-cloud.name': 'Public Cloud',
  'feedback.service.public-cloud.description': 'OpenStack infrastructure for your projects, paid as you use it.',
  'feedback.service.help-center.name': 'Help Center',

  'feedback.form.title': 'Feedback about {service}',
  'feedback.form.intro':
    'Tell the {service} team what works, what does not and what you would like. Every message is read.',
  'feedback.form.noscript':
    'This form needs JavaScript to send your feedback. Turn JavaScript on in your browser, or contact support by email.',
  'feedback.kind.legend': 'What kind of feedback is it?',
  'feedback.kind.suggestion': 'A suggestion',
  'feedback.kind.problem': 'A problem',
  'feedback.kind.praise': 'Praise',
  'feedback.subject.label': 'Subject',
  'feedback.subject.hint': 'A few words, {min} to {max, plural, one {# character} other {# characters}}.',
  'feedback.message.label': 'Your message',
  'feedback.message.hint':
    'Between {min} and {max, plural, one {# character} other {# characters}}. Never include a password or a card number.',
  'feedback.counter': '{count} of {max, plural, one {# character} other {# characters}}',
  'feedback.counter.over': '{count, plural, one {# character} other {# characters}}, {excess} too many',
  'feedback.email.label': 'Email address (optional)',
  'feedback.email.hint': 'Only if you would like an answer.',
  'feedback.consent.label': 'You may answer me at this address about this feedback.',
  'feedback.honeypot.label': 'Leave this field empty',
  'feedback.submit': 'Send feedback',
  'feedback.submitting': 'Sending…',
  'feedback.errorSummary.title': 'There is a problem',

  'feedback.error.kind.invalid-kind': 'Choose what kind of feedback it is',
  'feedback.error.subject.required': 'Enter a subject',
  'feedback.error.subject.too-short':
    'The subject must be at least {min, plural, one {# character} other {# characters}}',
  'feedback.error.subject.too-long':
    'The subject must be {max, plural, one {# character} other {# characters}} or fewer',
  'feedback.error.subject.control-characters': 'Remove the invisible control characters from the subject',
  'feedback.error.message.required': 'Enter your message',
  'feedback.error.message.too-short':
    'The message must be at least {min, plural, one {# character} other {# characters}}',
  'feedback.error.message.too-long':
    'The message must be {max, plural, one {# character} other {# characters}} or fewer',
  'feedback.error.message.control-characters': 'Remove the invisible control characters from the message',
  'feedback.error.email.invalid-email': 'Enter an email address in the correct format, like name@example.com',
  'feedback.error.email.email-required': 'Enter the address we may answer you at, or untick the box',
  'feedback.error.replyConsent.consent-required':
    'Tick the box so we may answer you at this address, or remove the address',
  'feedback.error.other': 'This field could not be accepted: check it',

  'feedback.status.sent': 'Thank you, your feedback was sent. Reference: {reference}.',
  'feedback.status.queued': 'Your feedback is saved on this device and will be sent automatically as soon as possible.',
  'feedback.status.offline':
    'You are offline. Your feedback is saved on this device and will be sent when you are back online.',
  'feedback.status.rateLimited':
    'Too many messages were sent in a short time. Your feedback is saved on this device and will be sent automatically in {seconds, plural, one {# second} other {# seconds}}.',
  'feedback.status.server':
    'The feedback service did not answer. Your feedback is saved on this device and will be sent automatically.',

  'feedback.mine.title': 'My feedback on this device',
  'feedback.mine.intro':
    'What you sent from this browser, and what still waits to be sent. Only you can see this list.',
  'feedback.mine.empty': 'Nothing sent from this browser yet.',
  'feedback.mine.sent': 'Sent, reference {reference}',
  'feedback.mine.waiting': 'Waiting to be sent',
  'feedback.mine.waitingOffline': 'Waiting to be sent: you are offline',
  'feedback.mine.guide': 'Opinion on the guide “{guide}”',

  'helpful.question': 'Was this guide helpful?',
  'helpful.yes': 'Yes',
  'helpful.no': 'No',
  'helpful.reason.legend': 'What went wrong?',
  'helpful.reason.missing-step': 'A step is missing',
  'helpful.reason.outdated': 'It is out of date',
  'helpful.reason.unclear': 'It is unclear',
  'helpful.reason.other': 'Something else',
  'helpful.comment.label': 'Anything to add? (optional)',
  'helpful.comment.hint':
    'Up to {max, plural, one {# character} other {# characters}}. Please leave out personal details.',
  'helpful.send': 'Send',
  'helpful.thanks': 'Thank you for your answer.',
  'helpful.queued': 'Thank you. Your answer is saved on this device and will be sent as soon as possible.',
  'helpful.noscript':
    'Answering this question needs JavaScript. You can also tell us what you think on the feedback page.',
  'helpful.feedbackLink': 'Give feedback',
  'helpful.error.reason.required': 'Choose what went wrong',
  'helpful.error.comment.too-long':
    'The comment must be {max, plural, one {# character} other {# characters}} or fewer',
  'helpful.error.comment.control-characters': 'Remove the invisible control characters from the comment',
} as const;

export type FeedbackKey = keyof typeof feedbackEn;
