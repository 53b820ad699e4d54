/**
 * French text of the case page (QC-9 to QC-14, QC-21, REP-1 to REP-3, DOC-1, DOC-2; seed 000's
 * and seed 001's wording). Kept apart from `fr.ts`: only the case page's chunk loads it, so the
 * first load of every page stays within the budget.
 */
export const caseFr = {
  'cp.tabs': 'Sections du dossier',
  'cp.tab.resume': 'Résumé du dossier',
  'cp.tab.documents': 'Documents',
  'cp.tab.propositions': 'Tableau des propositions',
  'cp.tab.messages': 'Centre de messagerie',

  'cp.resume.submittedBy': 'Soumis par',
  'cp.resume.submittedAt': 'Soumis le',
  'cp.resume.inCharge': 'Dossier pris en charge par',
  'cp.resume.inChargeSince': '{name}, depuis le {date}',
  'cp.resume.notInCharge':
    "La négociation s'amorcera lorsqu'un représentant du commerçant prendra en charge le dossier.",
  'cp.resume.neverInCharge': 'Aucun représentant du commerçant n’a pris le dossier en charge.',
  'cp.resume.businessUnknown': 'Commerçant non précisé',
  'cp.resume.description': 'Description du problème',
  'cp.resume.noDescription': "La description du problème n'a pas été remplie.",

  'cp.summary.download': 'Télécharger un résumé du dossier',
  'cp.summary.hint':
    'Le résumé (PDF) comprend les principaux renseignements sur le dossier et le problème ainsi qu’un historique des propositions et des échanges.',

  'cp.rep.title': 'Représentante ou représentant du consommateur',
  'cp.rep.none': 'Aucune personne ne représente le consommateur dans ce dossier.',
  'cp.rep.add': 'Ajouter une représentante ou un représentant',
  'cp.rep.introQc':
    "Vous pouvez demander à une personne de votre entourage, autre qu'un avocat, âgée d'au moins 18 ans, d'agir en votre nom. Elle deviendra la seule à pouvoir agir dans le dossier; vous pourrez toujours le consulter et y ajouter des documents.",
  'cp.rep.introFr':
    'Vous pouvez demander à une personne de votre choix, avocat compris, d’agir en votre nom. Elle deviendra la seule à pouvoir agir dans le dossier; vous pourrez toujours le consulter et y ajouter des documents.',
  'cp.rep.firstName': 'Prénom',
  'cp.rep.lastName': 'Nom',
  'cp.rep.relationship': 'Lien avec vous',
  'cp.rep.relationshipHint': 'Par exemple : fille, conjoint, ami.',
  'cp.rep.email': 'Adresse courriel',
  'cp.rep.notALawyer': "Je confirme que cette personne n'est pas avocate.",
  'cp.rep.atLeast18': "Je confirme que cette personne est âgée d'au moins 18 ans.",
  'cp.rep.consent': 'J’autorise cette personne à me représenter dans ce dossier.',
  'cp.rep.submit': 'Soumettre',
  'cp.rep.sent':
    'Une invitation a été envoyée par courriel à {name} avec le numéro de dossier et une clé de validation.',
  'cp.rep.invited': '{name} ({relationship}) : invitation envoyée, en attente d’activation.',
  'cp.rep.active': '{name} ({relationship}) vous représente dans ce dossier.',
  'cp.rep.represented':
    'Votre représentant est le seul à pouvoir agir dans le dossier. Vous pouvez le consulter et y ajouter des documents.',
  'cp.rep.remove': 'Retirer',
  'cp.rep.removeTitle': 'Retirer {name} du dossier?',
  'cp.rep.removeBody':
    "Cette personne n'aura plus accès au dossier et vous pourrez de nouveau y agir vous-même.",
  'cp.rep.removeConfirm': 'Confirmer le retrait',
  'cp.rep.removed': 'La représentation a été retirée.',

  'cp.merchant.take': 'Prendre en charge ce dossier',
  'cp.merchant.takeOver':
    'Ce dossier est pris en charge par {name}. Si vous le prenez en charge, cette personne en sera retirée et avisée.',
  'cp.merchant.taken': 'Vous avez pris ce dossier en charge.',
  'cp.merchant.refuse': 'Refuser de négocier',
  'cp.merchant.refuseTitle': 'Refuser de négocier?',
  'cp.merchant.refuseBody':
    'Le dossier sera fermé et le consommateur verra la raison que vous indiquez.',
  'cp.merchant.reason': 'Raison du refus',
  'cp.merchant.reasonHint': 'Expliquez au consommateur pourquoi vous refusez de négocier.',
  'cp.merchant.reasonRequired': 'Indiquez la raison du refus.',
  'cp.merchant.reasonTooLong': 'La raison contient au plus 2000 caractères.',
  'cp.merchant.refuseConfirm': 'Confirmer le refus',
  'cp.merchant.refused': 'Vous avez refusé de négocier : le dossier est fermé.',

  'cp.docs.intro':
    'Ajoutez les documents utiles au dossier : facture, contrat, photos, échanges, etc. Il est possible de joindre des documents tout au long du processus.',
  'cp.docs.closed': 'Le dossier est fermé : ses documents restent consultables.',
  'cp.docs.file': 'Document à ajouter',
  'cp.docs.fileHint':
    'Formats acceptés : PDF, JPEG, PNG, HEIC, WebP, TXT, DOC, DOCX ou ODT. 20 Mo au plus par fichier.',
  'cp.docs.fileRequired': 'Choisissez un fichier.',
  'cp.docs.fileEmpty': 'Ce fichier est vide.',
  'cp.docs.fileTooLarge': 'Ce fichier dépasse 20 Mo. Réduisez-le ou divisez-le avant de l’ajouter.',
  'cp.docs.upload': 'Ajouter le document',
  'cp.docs.uploaded': 'Le document « {name} » a été ajouté.',
  'cp.docs.uploadedPending':
    'Le document « {name} » a été ajouté. Il pourra être téléchargé après sa vérification antivirus.',
  'cp.docs.list': 'Documents du dossier',
  'cp.docs.none': 'Aucun document pour le moment.',
  'cp.docs.addedBy': 'Ajouté par {name} le {date}',
  'cp.docs.platform': 'la plateforme',
  'cp.docs.system': 'Document de la plateforme',
  'cp.docs.size': '{size} Ko',
  'cp.docs.download': '(télécharger)',
  'cp.docs.delete': 'Supprimer',
  'cp.docs.deleted': 'Le document « {name} » a été supprimé.',
  'cp.docs.scanPending':
    'Vérification antivirus en cours : le document pourra être téléchargé une fois vérifié.',
  'cp.docs.scanInfected':
    'Ce document contient un logiciel malveillant : il ne peut pas être téléchargé.',

  'cp.prop.current': 'Proposition actuelle',
  'cp.prop.history': 'Historique des propositions',
  'cp.prop.none': "Aucune proposition n'a encore été faite.",
  'cp.prop.by.consumer': 'Proposition du consommateur',
  'cp.prop.by.merchant': 'Proposition du commerçant',
  'cp.prop.by.mediator': 'Proposition du médiateur',
  'cp.prop.versionMeta': 'version {version}, {date}, par {name}',
  'cp.prop.status.open': 'en attente de réponse',
  'cp.prop.status.countered': 'suivie d’une contre-proposition',
  'cp.prop.status.accepted': 'acceptée',
  'cp.prop.status.refused': 'refusée',
  'cp.prop.status.superseded': 'remplacée',
  'cp.prop.status.supersededByMediation': 'négociation terminée (médiation demandée)',
  'cp.prop.acceptedVersion': 'version acceptée',
  'cp.prop.noTerms': 'Aucune précision.',
  'cp.prop.solutionDetail': '{label} : {detail}',
  'cp.prop.turn.mine': 'C’est à votre tour de répondre à la proposition.',
  'cp.prop.turn.consumer': 'En attente de la réponse du consommateur.',
  'cp.prop.turn.merchant': 'En attente de la réponse du commerçant.',
  'cp.prop.awaitingTakeCharge':
    "La négociation s'amorcera lorsqu'un représentant du commerçant prendra en charge le dossier.",
  'cp.prop.represented':
    'Votre représentant agit en votre nom : vous pouvez consulter les propositions, mais seul votre représentant peut y répondre.',
  'cp.prop.acceptBox': 'J’accepte cette proposition et l’entente qui en découle.',
  'cp.prop.acceptRequired': 'Cochez la case d’acceptation avant d’accepter la proposition.',
  'cp.prop.accept': 'Accepter la proposition',
  'cp.prop.accepted': 'Vous avez accepté la proposition : entente conclue.',
  'cp.prop.modify': 'Modifier',
  'cp.prop.counter': 'Faire une contre-proposition',
  'cp.prop.counterTitle': 'Contre-proposition',
  'cp.prop.modifyTitle': 'Modifier ma proposition',
  'cp.prop.editorIntro':
    "Codifiez la proposition, puis cliquez sur « Prévisualiser l'entente » pour vérifier le document d'entente avant de le soumettre.",
  'cp.prop.solutionsHint': 'Cochez chaque solution proposée.',
  'cp.prop.noDocument': 'Ajoutez d’abord la pièce justificative à l’onglet Documents.',
  'cp.prop.preview': "Prévisualiser l'entente",
  'cp.prop.previewTitle': "Aperçu de l'entente",
  'cp.prop.previewHint':
    "Voici l'entente qui serait conclue si l'autre partie acceptait cette proposition.",
  'cp.prop.submitCounter': 'Soumettre',
  'cp.prop.submitModify': 'Soumettre la modification',
  'cp.prop.counterSent': 'Votre contre-proposition a été soumise.',
  'cp.prop.modified': 'Votre proposition a été modifiée.',
  'cp.prop.agreement': 'Entente conclue',
  'cp.prop.agreementAt': 'La proposition a été acceptée le {date}.',
  'cp.prop.agreementDocument': "Télécharger l'entente (PDF)",
  'cp.prop.agreementPending':
    "Le document d'entente sera déposé sous l'onglet Documents dans quelques instants.",

  'cp.closure.title': 'Fermeture du dossier',
  'cp.closure.reason': 'Raison',
  'cp.closure.justification': 'Justification',
  'cp.closure.negotiation_refused': 'Le commerçant a refusé de négocier',
  'cp.closure.draft_expired': "L'ébauche n'a pas été soumise dans le délai prévu",
  'cp.closure.agreement': 'Entente conclue',
  'cp.closure.mediation_failed': 'Échec de la médiation : aucune entente n’a été possible',
  'cp.closure.problemSummary': 'Résumé de la nature du problème',
  'cp.closure.attestation':
    'L’attestation d’absence d’entente en médiation est déposée dans l’onglet Documents.',
  'cp.closure.toDocuments': 'Consulter les documents du dossier',
  'cp.closure.remediesTitle': 'Autres recours',
  'cp.closure.remedies.qc':
    'Le dossier est fermé sans entente. Vous pouvez encore faire valoir vos droits : par exemple, envoyer une mise en demeure au commerçant, puis vous adresser à la division des petites créances de la Cour du Québec.',
  'cp.closure.remedies.fr':
    'Le dossier est fermé sans accord. Vous pouvez encore faire valoir vos droits : par exemple, envoyer une mise en demeure au professionnel, puis saisir le tribunal judiciaire compétent.',

  'cp.med.request': 'Demander la médiation',
  'cp.med.requestTitle': 'Demander la médiation?',
  'cp.med.requestBody':
    'Un médiateur neutre sera assigné au dossier par le service de la médiation en ligne. Une fois en médiation, seul le médiateur pourra formuler une proposition, et les échanges entre les parties auront lieu dans l’espace de discussion en médiation.',
  'cp.med.requestConfirm': 'Confirmer la demande de médiation',
  'cp.med.requested':
    'La médiation a été demandée : le statut du dossier est « Médiation demandée ».',
  'cp.med.notYet': 'Vous pourrez demander la médiation à partir du {date}.',
  'cp.med.requestedInfo':
    'Le statut du dossier demeure « Médiation demandée » jusqu’à l’assignation par le service de la médiation en ligne d’un médiateur.',
  'cp.med.requestedNotice':
    'Les parties seront avisées par courriel de l’assignation du médiateur.',
  'cp.med.mediator': 'Médiateur : {name}',
  'cp.med.rulesTitle': 'Une fois en médiation',
  'cp.med.ruleProposal':
    'Seul le médiateur peut formuler une proposition qui devra être acceptée par les deux parties afin de générer une entente en médiation.',
  'cp.med.ruleClose':
    'Seul le médiateur peut procéder à la fermeture du dossier en recommandant l’échec de la médiation s’il constate qu’une entente n’est pas possible entre les parties.',
  'cp.med.dayFirst': 'Premier jour de la médiation',
  'cp.med.day': 'Jour {day} de la médiation',
  'cp.med.remaining.one': '{count} jour restant',
  'cp.med.remaining.other': '{count} jours restants',
  'cp.med.lastDay': 'dernier jour',
  'cp.med.alert':
    'Alerte : la médiation ne devrait pas dépasser {max} jours. Dernier jour prévu : {date}.',
  'cp.med.overdue': 'En retard : la médiation dépasse {max} jours depuis le {date}.',

  'cp.med.prop.title': 'Proposition du médiateur',
  'cp.med.prop.none': 'Le médiateur n’a pas fait de proposition',
  'cp.med.prop.meta': 'Version {version}, {date}',
  'cp.med.prop.make': 'Faire une proposition initiale',
  'cp.med.prop.modify': 'Modifier ma proposition',
  'cp.med.prop.editorIntro':
    'Cochez la solution que vous trouvez la plus appropriée et remplissez le champ associé, s’il y a lieu. Les précisions et modalités apparaîtront textuellement dans l’entente. Cliquez ensuite sur « Prévisualiser l’entente », puis sur « Soumettre ».',
  'cp.med.prop.previewHint':
    'Voici l’entente qui serait conclue si les deux parties acceptaient cette proposition.',
  'cp.med.prop.made': 'Votre proposition a été soumise aux parties.',
  'cp.med.prop.modified':
    'Votre proposition a été modifiée : les parties doivent accepter la nouvelle version.',
  'cp.med.prop.voided':
    'La proposition a été modifiée : les acceptations précédentes ne comptent plus. Pour conclure une entente, chaque partie doit accepter la version {version}.',
  'cp.med.prop.acceptances': 'Acceptation de la version {version}',
  'cp.med.prop.side.consumer': 'Consommateur',
  'cp.med.prop.side.merchant': 'Commerçant',
  'cp.med.prop.sideStatus': '{side} : {status}',
  'cp.med.prop.acceptedOn': 'a accepté le {date}',
  'cp.med.prop.notYet': 'n’a pas encore accepté',
  'cp.med.prop.acceptBox': 'J’accepte la proposition du médiateur et l’entente qui en découle.',
  'cp.med.prop.acceptRequired':
    'Cochez la case d’acceptation avant d’accepter la proposition du médiateur.',
  'cp.med.prop.accept': 'Accepter la proposition du médiateur',
  'cp.med.prop.acceptedWaiting':
    'Vous avez accepté la proposition du médiateur. L’entente sera conclue lorsque l’autre partie l’aura acceptée aussi.',
  'cp.med.prop.acceptedAgreement':
    'Vous avez accepté la proposition du médiateur : entente conclue en médiation.',
  'cp.med.prop.noReject':
    'Si la proposition ne vous convient pas, expliquez-le dans l’espace de discussion en médiation : le médiateur pourra la modifier.',
  'cp.med.prop.agreement': 'Entente conclue en médiation',
  'cp.med.prop.awaitingMediator':
    'La négociation est terminée. Un médiateur sera assigné au dossier par le service de la médiation en ligne; l’historique des propositions reste consultable.',
  'cp.med.history.phase.negotiation': 'négociation',
  'cp.med.history.phase.mediation': 'médiation',
  'cp.med.history.acceptedBy': 'acceptée par : {sides}',
  'cp.med.history.voided': 'acceptation annulée par une modification : {sides}',

  'cp.med.close.title': 'Fermer le dossier',
  'cp.med.close.intro':
    'Si aucune entente ne semble possible, vous pouvez fermer le dossier et constater l’échec de la médiation. Une attestation d’absence d’entente en médiation sera déposée dans l’onglet Documents et le consommateur recevra une trousse d’information sur ses autres recours.',
  'cp.med.close.reminder':
    'Avant de fermer le dossier, informez-en les parties dans l’espace de discussion en médiation.',
  'cp.med.close.toDiscussion': 'Aller à l’espace de discussion en médiation',
  'cp.med.close.justification': 'Justification',
  'cp.med.close.justificationHint':
    'Précisez ce qui n’a pas fonctionné. Cette justification sera visible par toutes les parties.',
  'cp.med.close.summary': 'Résumé de la nature du problème',
  'cp.med.close.summaryHint':
    'Ce résumé apparaîtra sur l’attestation d’absence d’entente en médiation, qui vise à faciliter les recours du consommateur devant les tribunaux.',
  'cp.med.close.submit': 'Confirmer la fermeture',
  'cp.med.close.done':
    'Le dossier est fermé. L’attestation d’absence d’entente en médiation est déposée dans l’onglet Documents.',
} as const satisfies Record<string, string>;

export type CaseMessageKey = keyof typeof caseFr;
