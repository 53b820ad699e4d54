/**
 * Text of the "Centre de messagerie" tab (MSG-1 to MSG-4, QC-18, QC-22), in its own chunk. The
 * French labels follow seed 000's screens word for word.
 */
export const messagesFr = {
  'msg.title': 'Centre de messagerie',
  'msg.intro':
    'Le centre de messagerie peut être utilisé seulement à partir du moment où le commerçant a pris le dossier en charge.',
  'msg.introMediation':
    'Si le dossier se rend en médiation, les échanges entre les parties ont plutôt lieu dans l’espace de discussion en médiation, accessible à partir du tableau des propositions.',
  'msg.threads': 'Vos discussions',
  'msg.none': 'Vous n’avez aucune discussion',
  'msg.pick': 'Pour consulter ou rédiger un message, cliquer sur la discussion',
  'msg.thread.parties.consumer': 'Discussion avec le commerçant',
  'msg.thread.parties.merchant': 'Discussion avec le consommateur',
  'msg.thread.mediation': 'Espace de discussion en médiation',
  'msg.thread.mediator': 'Discussion avec le médiateur',
  'msg.thread.mediatorConsumer': 'Discussion avec le consommateur (privée)',
  'msg.thread.mediatorBusiness': 'Discussion avec le commerçant (privée)',
  'msg.thread.start': 'Démarrer une discussion avec le médiateur',
  'msg.thread.startConsumer': 'Démarrer une discussion avec le consommateur',
  'msg.thread.startBusiness': 'Démarrer une discussion avec le commerçant',
  'msg.mediation.consumer':
    'En médiation, le centre de messagerie sert à discuter en privé avec le médiateur. La discussion avec le commerçant est fermée et disponible en lecture seule seulement.',
  'msg.mediation.merchant':
    'En médiation, le centre de messagerie sert à discuter en privé avec le médiateur. La discussion avec le consommateur est fermée et disponible en lecture seule seulement.',
  'msg.mediation.mediator':
    'Vous pouvez discuter en privé avec chacune des parties. Les messages que les parties ont échangés entre elles pendant la négociation ne vous sont pas accessibles.',
  'msg.mediation.toBoard': 'Aller à l’espace de discussion en médiation',
  'msg.mediationNotOpen':
    'L’espace de discussion en médiation s’ouvrira lorsqu’un médiateur sera assigné au dossier.',
  'msg.closed': '(Discussion fermée)',
  'msg.participants': 'Participants : {names}',
  'msg.lastMessage': 'Dernier message : {when}',
  'msg.noMessageYet': 'Aucun message',
  'msg.unread.one': '{count} nouveau',
  'msg.unread.other': '{count} nouveaux',
  'msg.unreadLabel.one': '{count} message non lu',
  'msg.unreadLabel.other': '{count} messages non lus',
  'msg.side.consumer': 'Consommateur',
  'msg.side.business': 'Commerçant',
  'msg.side.mediator': 'Médiateur',
  'msg.role.consumer': 'consommateur',
  'msg.role.consumer_representative': 'représentant du consommateur',
  'msg.role.merchant_respondent': 'répondant du commerçant',
  'msg.role.merchant_representative': 'représentant du commerçant',
  'msg.role.mediator': 'médiateur',
  'msg.you': 'Vous',
  'msg.new': 'Nouveaux messages',
  'msg.empty':
    'Il n’y a aucun message. Vous pouvez envoyer le premier message à l’aide du champ ci-dessous.',
  'msg.emptyReadOnly': 'Il n’y a aucun message.',
  'msg.older': 'Afficher les messages précédents',
  'msg.messages': 'Messages',
  'msg.compose': 'Votre message',
  'msg.allowed': '2000 caractères autorisés',
  'msg.remaining.one': 'Il reste {count} caractère.',
  'msg.remaining.other': 'Il reste {count} caractères.',
  'msg.over': 'Vous dépassez la limite de {count} caractères.',
  'msg.send': 'Envoyer',
  'msg.sending': 'Envoi…',
  'msg.sent': 'Message envoyé. L’autre partie sera alertée par courriel.',
  'msg.readOnly': 'Cette discussion est fermée et disponible en lecture seule seulement.',
  'msg.cannotPost': 'Vous pouvez lire cette discussion, mais pas y écrire.',
  'msg.liveNew': 'Nouveau message dans la discussion.',
  'msg.back': 'Retour à vos discussions',
} as const;

export type MessagesKey = keyof typeof messagesFr;
