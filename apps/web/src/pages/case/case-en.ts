import type { CaseMessageKey } from './case-fr';

/** English text of the case page (same keys as `case-fr.ts`). */
export const caseEn: Readonly<Record<CaseMessageKey, string>> = {
  'cp.tabs': 'Case sections',
  'cp.tab.resume': 'Case summary',
  'cp.tab.documents': 'Documents',
  'cp.tab.propositions': 'Proposals board',
  'cp.tab.messages': 'Messaging centre',

  'cp.resume.submittedBy': 'Submitted by',
  'cp.resume.submittedAt': 'Submitted on',
  'cp.resume.inCharge': 'Case taken charge of by',
  'cp.resume.inChargeSince': '{name}, since {date}',
  'cp.resume.notInCharge':
    'The negotiation will start when a representative of the merchant takes charge of the case.',
  'cp.resume.neverInCharge': 'No representative of the merchant took charge of the case.',
  'cp.resume.businessUnknown': 'Merchant not specified',
  'cp.resume.description': 'Problem description',
  'cp.resume.noDescription': 'The problem description was not filled in.',

  'cp.summary.download': 'Download a case summary',
  'cp.summary.hint':
    'The summary (PDF) contains the main information about the case and the problem, and a history of the proposals and exchanges.',

  'cp.rep.title': 'Consumer’s representative',
  'cp.rep.none': 'Nobody represents the consumer in this case.',
  'cp.rep.add': 'Add a representative',
  'cp.rep.introQc':
    'You may ask someone close to you, other than a lawyer, at least 18 years old, to act on your behalf. They will be the only one who can act in the case; you will still be able to read it and add documents.',
  'cp.rep.introFr':
    'You may ask anyone you choose, lawyers included, to act on your behalf. They will be the only one who can act in the case; you will still be able to read it and add documents.',
  'cp.rep.firstName': 'First name',
  'cp.rep.lastName': 'Last name',
  'cp.rep.relationship': 'Relationship to you',
  'cp.rep.relationshipHint': 'For example: daughter, spouse, friend.',
  'cp.rep.email': 'E-mail address',
  'cp.rep.notALawyer': 'I confirm that this person is not a lawyer.',
  'cp.rep.atLeast18': 'I confirm that this person is at least 18 years old.',
  'cp.rep.consent': 'I authorise this person to represent me in this case.',
  'cp.rep.submit': 'Submit',
  'cp.rep.sent': 'An invitation was e-mailed to {name} with the case number and a validation key.',
  'cp.rep.invited': '{name} ({relationship}): invitation sent, waiting for activation.',
  'cp.rep.active': '{name} ({relationship}) represents you in this case.',
  'cp.rep.represented':
    'Your representative is the only one who can act in the case. You can read it and add documents.',
  'cp.rep.remove': 'Remove',
  'cp.rep.removeTitle': 'Remove {name} from the case?',
  'cp.rep.removeBody':
    'This person will no longer have access to the case and you will be able to act in it yourself again.',
  'cp.rep.removeConfirm': 'Confirm the removal',
  'cp.rep.removed': 'The representation was removed.',

  'cp.merchant.take': 'Take charge of this case',
  'cp.merchant.takeOver':
    '{name} has taken charge of this case. If you take charge of it, they will be removed from it and notified.',
  'cp.merchant.taken': 'You have taken charge of this case.',
  'cp.merchant.refuse': 'Refuse to negotiate',
  'cp.merchant.refuseTitle': 'Refuse to negotiate?',
  'cp.merchant.refuseBody':
    'The case will be closed and the consumer will read the reason you give.',
  'cp.merchant.reason': 'Reason for refusing',
  'cp.merchant.reasonHint': 'Explain to the consumer why you refuse to negotiate.',
  'cp.merchant.reasonRequired': 'Give the reason for refusing.',
  'cp.merchant.reasonTooLong': 'The reason has at most 2000 characters.',
  'cp.merchant.refuseConfirm': 'Confirm the refusal',
  'cp.merchant.refused': 'You refused to negotiate: the case is closed.',

  'cp.docs.intro':
    'Add the documents useful to the case: invoice, contract, photos, exchanges, etc. Documents can be added throughout the process.',
  'cp.docs.closed': 'The case is closed: its documents can still be read.',
  'cp.docs.file': 'Document to add',
  'cp.docs.fileHint':
    'Accepted formats: PDF, JPEG, PNG, HEIC, WebP, TXT, DOC, DOCX or ODT. At most 20 MB per file.',
  'cp.docs.fileRequired': 'Choose a file.',
  'cp.docs.fileEmpty': 'This file is empty.',
  'cp.docs.fileTooLarge': 'This file is larger than 20 MB. Reduce or split it before adding it.',
  'cp.docs.upload': 'Add the document',
  'cp.docs.uploaded': 'The document “{name}” was added.',
  'cp.docs.uploadedPending':
    'The document “{name}” was added. It can be downloaded once it has been checked for viruses.',
  'cp.docs.list': 'Case documents',
  'cp.docs.none': 'No documents yet.',
  'cp.docs.addedBy': 'Added by {name} on {date}',
  'cp.docs.platform': 'the platform',
  'cp.docs.system': 'Platform document',
  'cp.docs.size': '{size} KB',
  'cp.docs.download': '(download)',
  'cp.docs.delete': 'Delete',
  'cp.docs.deleted': 'The document “{name}” was deleted.',
  'cp.docs.scanPending': 'Virus check under way: the document can be downloaded once checked.',
  'cp.docs.scanInfected': 'This document contains malware: it cannot be downloaded.',

  'cp.prop.current': 'Current proposal',
  'cp.prop.history': 'Proposal history',
  'cp.prop.none': 'No proposal has been made yet.',
  'cp.prop.by.consumer': 'Consumer’s proposal',
  'cp.prop.by.merchant': 'Merchant’s proposal',
  'cp.prop.by.mediator': 'Mediator’s proposal',
  'cp.prop.versionMeta': 'version {version}, {date}, by {name}',
  'cp.prop.status.open': 'awaiting an answer',
  'cp.prop.status.countered': 'followed by a counter-proposal',
  'cp.prop.status.accepted': 'accepted',
  'cp.prop.status.refused': 'refused',
  'cp.prop.status.superseded': 'superseded',
  'cp.prop.status.supersededByMediation': 'negotiation ended (mediation requested)',
  'cp.prop.acceptedVersion': 'accepted version',
  'cp.prop.noTerms': 'No details.',
  'cp.prop.solutionDetail': '{label}: {detail}',
  'cp.prop.turn.mine': 'It is your turn to answer the proposal.',
  'cp.prop.turn.consumer': 'Waiting for the consumer’s answer.',
  'cp.prop.turn.merchant': 'Waiting for the merchant’s answer.',
  'cp.prop.awaitingTakeCharge':
    'The negotiation will start when a representative of the merchant takes charge of the case.',
  'cp.prop.represented':
    'Your representative acts on your behalf: you can read the proposals, but only your representative can answer them.',
  'cp.prop.acceptBox': 'I accept this proposal and the agreement that follows from it.',
  'cp.prop.acceptRequired': 'Tick the acceptance box before accepting the proposal.',
  'cp.prop.accept': 'Accept the proposal',
  'cp.prop.accepted': 'You accepted the proposal: agreement reached.',
  'cp.prop.modify': 'Modify',
  'cp.prop.counter': 'Make a counter-proposal',
  'cp.prop.counterTitle': 'Counter-proposal',
  'cp.prop.modifyTitle': 'Modify my proposal',
  'cp.prop.editorIntro':
    'Set out the proposal, then choose “Preview the agreement” to check the agreement document before submitting it.',
  'cp.prop.solutionsHint': 'Tick each solution proposed.',
  'cp.prop.noDocument': 'First add the supporting document in the Documents tab.',
  'cp.prop.preview': 'Preview the agreement',
  'cp.prop.previewTitle': 'Agreement preview',
  'cp.prop.previewHint':
    'This is the agreement that would be reached if the other party accepted this proposal.',
  'cp.prop.submitCounter': 'Submit',
  'cp.prop.submitModify': 'Submit the change',
  'cp.prop.counterSent': 'Your counter-proposal was submitted.',
  'cp.prop.modified': 'Your proposal was modified.',
  'cp.prop.agreement': 'Agreement reached',
  'cp.prop.agreementAt': 'The proposal was accepted on {date}.',
  'cp.prop.agreementDocument': 'Download the agreement (PDF)',
  'cp.prop.agreementPending':
    'The agreement document will be filed under the Documents tab in a few moments.',

  'cp.closure.title': 'Case closing',
  'cp.closure.reason': 'Reason',
  'cp.closure.justification': 'Justification',
  'cp.closure.negotiation_refused': 'The merchant refused to negotiate',
  'cp.closure.draft_expired': 'The draft was not submitted in time',
  'cp.closure.agreement': 'Agreement reached',
  'cp.closure.mediation_failed': 'Mediation failed: no agreement was possible',
  'cp.closure.problemSummary': 'Summary of the nature of the problem',
  'cp.closure.attestation':
    'The attestation of no agreement in mediation is filed in the Documents tab.',
  'cp.closure.toDocuments': 'See the case’s documents',
  'cp.closure.remediesTitle': 'Other remedies',
  'cp.closure.remedies.qc':
    'The case is closed without an agreement. You can still assert your rights: for example, send the merchant a formal notice, then go to the Small Claims Division of the Court of Québec.',
  'cp.closure.remedies.fr':
    'The case is closed without an agreement. You can still assert your rights: for example, send the professional a formal notice, then bring the matter before the competent court.',

  'cp.med.request': 'Request mediation',
  'cp.med.requestTitle': 'Request mediation?',
  'cp.med.requestBody':
    'The online mediation service will assign a neutral mediator to the case. Once in mediation, only the mediator can make a proposal, and the parties talk in the mediation discussion space.',
  'cp.med.requestConfirm': 'Confirm the mediation request',
  'cp.med.requested': 'Mediation was requested: the case status is “Mediation requested”.',
  'cp.med.notYet': 'You will be able to request mediation from {date}.',
  'cp.med.requestedInfo':
    'The case stays “Mediation requested” until the online mediation service assigns a mediator.',
  'cp.med.requestedNotice': 'Both parties will be told by e-mail when a mediator is assigned.',
  'cp.med.mediator': 'Mediator: {name}',
  'cp.med.rulesTitle': 'Once in mediation',
  'cp.med.ruleProposal':
    'Only the mediator can make a proposal, which both parties must accept to reach an agreement in mediation.',
  'cp.med.ruleClose':
    'Only the mediator can close the case, recording that mediation failed, if they find that the parties cannot reach an agreement.',
  'cp.med.dayFirst': 'First day of mediation',
  'cp.med.day': 'Day {day} of mediation',
  'cp.med.remaining.one': '{count} day left',
  'cp.med.remaining.other': '{count} days left',
  'cp.med.lastDay': 'last day',
  'cp.med.alert':
    'Alert: mediation should not last more than {max} days. Planned last day: {date}.',
  'cp.med.overdue': 'Overdue: mediation has gone past {max} days since {date}.',

  'cp.med.prop.title': 'Mediator’s proposal',
  'cp.med.prop.none': 'The mediator has not made a proposal',
  'cp.med.prop.meta': 'Version {version}, {date}',
  'cp.med.prop.make': 'Make an initial proposal',
  'cp.med.prop.modify': 'Modify my proposal',
  'cp.med.prop.editorIntro':
    'Tick the solution you find most appropriate and fill in its field, if any. The details and terms will appear word for word in the agreement. Then choose “Preview the agreement”, then “Submit”.',
  'cp.med.prop.previewHint':
    'This is the agreement that would be reached if both parties accepted this proposal.',
  'cp.med.prop.made': 'Your proposal was submitted to the parties.',
  'cp.med.prop.modified': 'Your proposal was modified: the parties must accept the new version.',
  'cp.med.prop.voided':
    'The proposal was modified: earlier acceptances no longer count. To reach an agreement, each party must accept version {version}.',
  'cp.med.prop.acceptances': 'Acceptance of version {version}',
  'cp.med.prop.side.consumer': 'Consumer',
  'cp.med.prop.side.merchant': 'Merchant',
  'cp.med.prop.sideStatus': '{side}: {status}',
  'cp.med.prop.acceptedOn': 'accepted on {date}',
  'cp.med.prop.notYet': 'has not accepted yet',
  'cp.med.prop.acceptBox':
    'I accept the mediator’s proposal and the agreement that follows from it.',
  'cp.med.prop.acceptRequired': 'Tick the acceptance box before accepting the mediator’s proposal.',
  'cp.med.prop.accept': 'Accept the mediator’s proposal',
  'cp.med.prop.acceptedWaiting':
    'You accepted the mediator’s proposal. The agreement will be reached once the other party accepts it too.',
  'cp.med.prop.acceptedAgreement':
    'You accepted the mediator’s proposal: agreement reached in mediation.',
  'cp.med.prop.noReject':
    'If the proposal does not suit you, say so in the mediation discussion space: the mediator can modify it.',
  'cp.med.prop.agreement': 'Agreement reached in mediation',
  'cp.med.prop.awaitingMediator':
    'The negotiation has ended. The online mediation service will assign a mediator to the case; the proposals history stays available.',
  'cp.med.history.phase.negotiation': 'negotiation',
  'cp.med.history.phase.mediation': 'mediation',
  'cp.med.history.acceptedBy': 'accepted by: {sides}',
  'cp.med.history.voided': 'acceptance voided by a modification: {sides}',

  'cp.med.close.title': 'Close the case',
  'cp.med.close.intro':
    'If no agreement seems possible, you can close the case and record that mediation failed. An attestation of no agreement in mediation will be filed in the Documents tab and the consumer will receive an information kit on other remedies.',
  'cp.med.close.reminder':
    'Before closing the case, tell the parties in the mediation discussion space.',
  'cp.med.close.toDiscussion': 'Go to the mediation discussion space',
  'cp.med.close.justification': 'Justification',
  'cp.med.close.justificationHint':
    'Explain what did not work. This justification will be visible to all parties.',
  'cp.med.close.summary': 'Summary of the nature of the problem',
  'cp.med.close.summaryHint':
    'This summary will appear on the attestation of no agreement in mediation, which helps the consumer pursue other remedies in court.',
  'cp.med.close.submit': 'Confirm the closing',
  'cp.med.close.done':
    'The case is closed. The attestation of no agreement in mediation is filed in the Documents tab.',
};
