/**
 * French UI text (default language). Labels taken from the seed screens are kept word for word.
 * `en.ts` must have exactly the same keys (checked by TypeScript and by a unit test).
 */
export const fr = {
  'lang.other.code': 'en',
  'lang.other.name': 'English',
  'lang.fr': 'Français',
  'lang.en': 'Anglais',
  'lang.changed': "La langue de l'interface est maintenant le français.",

  'app.skipLink': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.loadError': 'Impossible de charger la plateforme. Vérifiez votre connexion, puis réessayez.',
  'app.retry': 'Réessayer',
  'app.defaultName': 'Entente',

  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.',
  'error.unexpected': 'Une erreur inattendue est survenue. Réessayez plus tard.',
  'error.page.title': 'Une erreur est survenue',
  'error.page.body': "La page n'a pas pu être affichée. Rechargez la page ou revenez à l'accueil.",
  'error.page.reload': 'Recharger la page',

  'nav.label': 'Navigation principale',
  'nav.menu': 'Menu',
  'nav.cases': 'Mes dossiers',
  'nav.assistance': "Demande d'assistance",
  'nav.signIn': 'Se connecter',
  'nav.register': "S'inscrire",
  'userMenu.label': 'Menu du compte',
  'userMenu.profile': 'Mon profil',
  'userMenu.signOut': 'Se déconnecter',

  'footer.label': "Liens d'information",
  'footer.accessibility': 'Accessibilité : partiellement conforme',
  'footer.terms': "Conditions d'utilisation",
  'footer.confidentiality': 'Engagement de confidentialité',
  'footer.contact': 'Nous joindre :',
  'footer.operatedBy': '{platform} est offert par {office}.',

  'form.requiredNotice': "Les champs précédés d'un astérisque (*) sont obligatoires.",
  'form.errorSummary':
    'Le formulaire contient des erreurs. Corrigez-les, puis soumettez-le de nouveau.',
  'form.errorPrefix': 'Erreur :',
  'password.show': 'Afficher le mot de passe',
  'password.hide': 'Masquer le mot de passe',
  'password.rule': '12 caractères minimum',

  'field.email': 'Adresse courriel',
  'field.password': 'Mot de passe',
  'field.givenName': 'Prénom',
  'field.familyName': 'Nom',
  'field.phone': 'Téléphone',
  'field.address': 'Adresse postale',
  'field.address.line1': 'Numéro et rue',
  'field.address.line2': "Appartement, bureau (s'il y a lieu)",
  'field.address.city': 'Ville',
  'field.address.region': 'Province ou région',
  'field.address.postalCode': 'Code postal',
  'field.address.country': 'Pays',
  'field.preferredLanguage': 'Langue préférée',
  'field.code': 'Code de vérification',
  'field.totpCode': "Code de l'application d'authentification",
  'field.currentPassword': 'Mot de passe actuel',
  'field.newPassword': 'Nouveau mot de passe',

  'home.title': 'Accueil',
  'home.heading': 'Réglez votre litige de consommation en ligne',
  'home.intro':
    '{platform} vous permet de tenter de régler gratuitement un différend avec un commerçant, à votre rythme. Ce service vous est offert par {office}.',
  'home.how': 'Comment ça fonctionne',
  'home.step.negotiation':
    'Négociation : vous et le commerçant échangez des propositions et des messages pour trouver une solution.',
  'home.step.mediation':
    "Médiation : si vous n'arrivez pas à vous entendre, une personne médiatrice neutre et impartiale peut vous aider.",
  'home.step.agreement':
    'Entente : la solution acceptée par les deux parties est consignée dans une entente écrite.',
  'home.confidential':
    'Le processus est libre, volontaire et confidentiel. Vous pouvez y mettre fin en tout temps.',
  'home.start': 'Pour commencer',
  'home.cta.register': 'Créer mon compte',
  'home.cta.signIn': 'Accéder à mon compte',
  'home.cta.cases': 'Accéder à vos dossiers',
  'home.welcome': 'Bonjour {name}.',

  'signIn.title': 'Se connecter',
  'signIn.intro': 'Connectez-vous avec votre adresse courriel',
  'signIn.forgot': 'Vous avez oublié votre mot de passe?',
  'signIn.submit': 'Se connecter',
  'signIn.noAccount': "Vous n'avez pas de compte?",
  'signIn.createAccount': 'Créer un compte',
  'signIn.provideInfo': 'Veuillez fournir les renseignements suivants.',
  'signIn.sendCode': 'Envoyer un code de vérification',
  'signIn.success': 'Vous êtes connecté.',
  'signIn.notice.signedOut': 'Vous êtes maintenant déconnecté.',
  'signIn.notice.expired': 'Votre session a expiré. Connectez-vous de nouveau pour continuer.',
  'signIn.notice.passwordReset':
    'Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot de passe.',

  'code.heading': 'Vérification de votre adresse courriel',
  'code.sent':
    'Un code de vérification a été envoyé à votre adresse courriel. Copiez-le dans la zone de texte ci-dessous.',
  'code.hint': 'Le code contient 6 chiffres et est valide pendant 10 minutes.',
  'code.verify': 'Vérifier le code',
  'code.resend': 'Envoyer un nouveau code',
  'code.resent': 'Un nouveau code de vérification a été envoyé à votre adresse courriel.',
  'code.cancel': 'Annuler',
  'totpStep.heading': 'Authentification à deux facteurs',
  'totpStep.intro':
    "Entrez le code à 6 chiffres affiché dans votre application d'authentification.",

  'register.title': "S'inscrire",
  'register.intro':
    'Créez votre compte pour suivre vos dossiers. Un code de vérification sera envoyé à votre adresse courriel pour la confirmer.',
  'register.profile': 'Vos renseignements',
  'register.documents': "Conditions d'utilisation et engagement de confidentialité",
  'register.documentsIntro': 'Lisez les deux textes ci-dessous, puis cochez les cases.',
  'register.acceptTerms':
    "En cochant cette case, je reconnais avoir pris connaissance des conditions d'utilisation de {platform} et je les accepte.",
  'register.acceptConfidentiality':
    "En cochant cette case, je reconnais avoir pris connaissance des règles de confidentialité de {platform} et je m'engage à les respecter.",
  'register.submit': 'Créer mon compte',
  'register.success': 'Votre compte est créé et vous êtes connecté.',
  'register.haveAccount': 'Vous avez déjà un compte?',
  'register.signIn': 'Me connecter',
  'register.termsUnavailable':
    "Les conditions d'utilisation n'ont pas pu être chargées. Rechargez la page pour vous inscrire.",

  'terms.version': 'Version {version}, en vigueur depuis le {date}',
  'terms.loading': 'Chargement du texte…',
  'terms.title': "Conditions d'utilisation",
  'confidentiality.title': 'Engagement de confidentialité',

  'forgot.title': 'Mot de passe oublié',
  'forgot.intro':
    "Entrez l'adresse courriel de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.",
  'forgot.submit': 'Envoyer le lien',
  'forgot.done':
    "Si un compte existe pour cette adresse, un courriel contenant un lien pour choisir un nouveau mot de passe vient d'être envoyé. Le lien est valide pour une durée limitée.",
  'forgot.back': 'Retour à la connexion',

  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.intro': 'Une fois le mot de passe changé, toutes vos sessions ouvertes seront fermées.',
  'reset.submit': 'Enregistrer le nouveau mot de passe',
  'reset.missingToken': "Ce lien n'est pas valide ou est incomplet. Demandez un nouveau lien.",
  'reset.requestNew': 'Demander un nouveau lien',

  'profile.title': 'Mon profil',
  'profile.details': 'Mes renseignements',
  'profile.email': 'Adresse courriel du compte',
  'profile.save': 'Enregistrer mes renseignements',
  'profile.saved': 'Vos renseignements ont été enregistrés.',
  'password.change.title': 'Changer le mot de passe',
  'password.change.intro': 'Vos autres sessions seront fermées après le changement.',
  'password.change.submit': 'Changer le mot de passe',
  'password.change.done': 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  'sessions.title': 'Sessions actives',
  'sessions.intro': 'Les appareils et navigateurs où votre compte est actuellement connecté.',
  'sessions.current': 'Session en cours (cet appareil)',
  'sessions.createdAt': 'Ouverte le',
  'sessions.lastSeenAt': 'Dernière activité',
  'sessions.unknownDevice': 'Navigateur inconnu',
  'sessions.end': 'Mettre fin à cette session',
  'sessions.ended': 'La session a été fermée.',
  'totpSection.title': 'Authentification à deux facteurs',
  'totpSection.enabled':
    "Activée : un code de votre application d'authentification est demandé à chaque connexion.",
  'totpSection.disabled':
    "Non activée. Ajoutez une application d'authentification pour mieux protéger votre compte.",
  'totpSection.setUp': "Configurer l'authentification à deux facteurs",

  'totp.title': "Configurer l'authentification à deux facteurs",
  'totp.required':
    "Votre rôle exige une application d'authentification avant d'accéder aux dossiers. Configurez-la pour continuer.",
  'totp.step.app':
    "Ouvrez une application d'authentification (sur votre téléphone, par exemple) et ajoutez un compte.",
  'totp.step.scan': 'Balayez le code QR ci-dessous ou entrez la clé de configuration.',
  'totp.step.code': "Entrez le code à 6 chiffres que l'application affiche.",
  'totp.qrAlt': "Code QR à balayer avec votre application d'authentification",
  'totp.secret': 'Clé de configuration (saisie manuelle)',
  'totp.confirm': "Activer l'authentification à deux facteurs",
  'totp.done': "L'authentification à deux facteurs est activée.",
  'totp.already': "L'authentification à deux facteurs est déjà activée pour votre compte.",
  'totp.loading': 'Préparation de la configuration…',
  'totp.toProfile': 'Retour à mon profil',

  'cases.title': 'Mes dossiers',
  'cases.empty': "Vous n'avez aucun dossier pour le moment.",
  'cases.emptyDetails':
    'Les dossiers auxquels vous participez apparaîtront ici, avec leur numéro, leur statut et la prochaine étape.',
  'cases.help': 'Une question? Consultez la page',

  'assistance.title': "Demande d'assistance",
  'assistance.intro': 'Pour toute question, communiquez avec {office} :',
  'assistance.byEmail': "par courriel à l'adresse",
  'assistance.byPhone': 'par téléphone au',
  'assistance.tip':
    "Indiquez votre nom et, s'il y a lieu, votre numéro de dossier. N'envoyez pas de mot de passe ni de code de vérification.",

  'a11y.title': 'Accessibilité',
  'a11y.heading': "Déclaration d'accessibilité",
  'a11y.commitment':
    "{office} s'engage à rendre {platform} accessible à toutes et à tous, conformément aux normes suivantes :",
  'a11y.wcag': "WCAG 2.2, niveau AA (Règles pour l'accessibilité des contenus Web du W3C)",
  'a11y.rgaa': "RGAA 4.1 (Référentiel général d'amélioration de l'accessibilité, France)",
  'a11y.sgqri': "SGQRI 008 3.0 (Standard sur l'accessibilité des sites Web, Québec)",
  'a11y.statusTitle': 'État de conformité',
  'a11y.status':
    "{platform} est partiellement conforme à ces normes : un audit complet n'a pas encore été réalisé.",
  'a11y.doneTitle': 'Mesures en place',
  'a11y.done.keyboard': 'Tous les parcours sont utilisables au clavier, avec un focus visible.',
  'a11y.done.labels': 'Les champs ont des étiquettes et les erreurs leur sont associées.',
  'a11y.done.contrast': 'Les contrastes de couleur respectent le niveau AA.',
  'a11y.done.mobile': "Les pages s'affichent sur un écran de 360 pixels de large.",
  'a11y.done.tests': "Chaque page est vérifiée par des tests automatisés d'accessibilité.",
  'a11y.contactTitle': 'Signaler un problème',
  'a11y.contact':
    "Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez-nous ou appelez-nous : nous vous proposerons une autre façon d'y accéder.",
  'a11y.recourseTitle': 'Voies de recours',
  'a11y.recourse':
    "Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (defenseurdesdroits.fr).",

  'mailbox.title': 'Boîte de réception locale',
  'mailbox.intro':
    'Courriels produits par la plateforme dans cet environnement. Ils ne quittent pas le serveur.',
  'mailbox.empty': 'Aucun courriel pour le moment.',
  'mailbox.refresh': 'Actualiser',
  'mailbox.to': 'À',
  'mailbox.toLine': 'À : {to}',
  'mailbox.from': 'De',
  'mailbox.date': 'Date',
  'mailbox.text': 'Version texte',
  'mailbox.html': 'Version HTML',
  'mailbox.htmlFrame': 'Version HTML du courriel',
  'mailbox.attachments': 'Pièces jointes',
  'mailbox.back': 'Retour à la boîte de réception',
  'mailbox.count': '{count} courriel(s)',
  'mailbox.bytes': '{size} octets',

  'notFound.title': 'Page introuvable',
  'notFound.body': "La page que vous cherchez n'existe pas ou n'est plus disponible.",
  'notFound.home': "Retour à l'accueil",

  'auth.checking': 'Vérification de votre session…',

  'timeout.title': 'Votre session expirera bientôt',
  'timeout.body':
    'Pour protéger vos renseignements, votre session sera fermée à {time} si vous restez inactif.',
  'timeout.extend': 'Prolonger la session',
  'timeout.signOut': 'Se déconnecter',
  'timeout.extended': 'Votre session a été prolongée.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof fr;
