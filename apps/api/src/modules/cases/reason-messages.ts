/**
 * The case engine's denial reasons as API error codes, in both languages, and the HTTP status of
 * each. The mapped types make the tables exhaustive: a reason added to the domain does not
 * compile here until it has a message and a status. `platform/messages.ts` includes these.
 */
import type { DenialReason } from '@entente/domain';

type Messages = { readonly fr: string; readonly en: string };

export const denialMessages: { readonly [R in DenialReason]: Messages } = {
  case_not_found: {
    fr: 'Ce dossier n’existe pas encore.',
    en: 'This case does not exist yet.',
  },
  case_already_exists: { fr: 'Ce dossier est déjà ouvert.', en: 'This case is already open.' },
  case_closed: {
    fr: 'Ce dossier est fermé : plus aucune action n’y est possible.',
    en: 'This case is closed: no further action is possible.',
  },
  not_in_programme: {
    fr: 'Cette action n’existe pas dans le programme de ce dossier.',
    en: 'This action does not exist in this case’s programme.',
  },
  not_allowed_in_state: {
    fr: 'Cette action n’est pas possible à cette étape du dossier.',
    en: 'This action is not possible at this stage of the case.',
  },
  role_not_allowed: {
    fr: 'Votre rôle ne permet pas cette action sur ce dossier.',
    en: 'Your role does not allow this action on this case.',
  },
  not_case_participant: {
    fr: 'Seules les personnes qui participent à ce dossier peuvent faire cette action.',
    en: 'Only the people taking part in this case can do this.',
  },
  not_in_charge: {
    fr: 'L’entreprise agit par la personne qui a pris en charge le dossier. Prenez d’abord le dossier en charge.',
    en: 'The business acts through the person who took charge of the case. Take charge of it first.',
  },
  represented_consumer_cannot_act: {
    fr: 'Une représentante ou un représentant agit pour vous dans ce dossier : seule cette personne peut faire cette action. Vous pouvez toujours ajouter des documents.',
    en: 'A representative acts for you on this case: only they can do this. You can still add documents.',
  },
  invalid_command: {
    fr: 'La demande est incomplète ou ne correspond pas à ce dossier.',
    en: 'The request is incomplete or does not match this case.',
  },
  duplicate_id: {
    fr: 'Cet élément existe déjà dans le dossier.',
    en: 'This item already exists in the case.',
  },
  prefiling_not_admissible: {
    fr: 'La médiation est impossible : adressez d’abord une réclamation écrite au professionnel, et saisissez le médiateur moins d’un an après celle-ci.',
    en: 'Mediation is not possible: first send a written complaint to the professional, and apply less than a year after it.',
  },
  invalid_settings: {
    fr: 'Les paramètres du programme sont invalides.',
    en: 'The programme settings are invalid.',
  },
  deadline_passed: {
    fr: 'Le délai pour cette action est écoulé.',
    en: 'The time allowed for this action has passed.',
  },
  deadline_not_reached: {
    fr: 'L’échéance de cette action n’est pas encore atteinte.',
    en: 'The deadline for this action has not been reached yet.',
  },
  already_in_charge: {
    fr: 'Vous avez déjà pris ce dossier en charge.',
    en: 'You have already taken charge of this case.',
  },
  already_taken_charge: {
    fr: 'Le dossier a été pris en charge : il n’est plus possible de refuser de négocier.',
    en: 'The case has been taken charge of: refusing to negotiate is no longer possible.',
  },
  mediation_not_yet_eligible: {
    fr: 'La médiation peut être demandée lorsque chaque partie a fait une proposition, ou 45 jours après la prise en charge du dossier.',
    en: 'Mediation can be requested once each party has made a proposal, or 45 days after the case was taken charge of.',
  },
  proposal_not_found: {
    fr: 'Cette proposition n’existe pas dans ce dossier.',
    en: 'This proposal does not exist in this case.',
  },
  proposal_not_open: {
    fr: 'Cette proposition ne peut plus recevoir de réponse à cette étape.',
    en: 'This proposal can no longer be answered at this stage.',
  },
  proposal_already_answered: {
    fr: 'L’autre partie a déjà accepté cette proposition ou fait une contre-proposition : elle ne peut plus être modifiée.',
    en: 'The other party has already accepted or countered this proposal: it can no longer change.',
  },
  proposal_already_exists: {
    fr: 'Une proposition existe déjà : modifiez-la plutôt.',
    en: 'A proposal already exists: modify it instead.',
  },
  not_proposal_author: {
    fr: 'Seule la personne qui a fait cette proposition peut la modifier.',
    en: 'Only the author of this proposal can modify it.',
  },
  cannot_accept_own_proposal: {
    fr: 'Vous ne pouvez pas accepter votre propre proposition.',
    en: 'You cannot accept your own proposal.',
  },
  awaiting_other_side: {
    fr: 'Votre proposition est la plus récente : modifiez-la ou attendez la réponse de l’autre partie.',
    en: 'Your proposal is the latest one: modify it or wait for the other party’s answer.',
  },
  version_mismatch: {
    fr: 'Cette proposition a été modifiée entre-temps. Consultez la version actuelle avant de répondre.',
    en: 'This proposal was modified in the meantime. Read the current version before answering.',
  },
  already_answered: {
    fr: 'Vous avez déjà répondu à cette version.',
    en: 'You have already answered this version.',
  },
  only_mediator_proposes_in_mediation: {
    fr: 'En médiation, seul le médiateur ou la médiatrice fait des propositions. Exprimez votre position dans la discussion.',
    en: 'In mediation only the mediator makes proposals. Share your position in the discussion.',
  },
  only_mediator_closes_in_mediation: {
    fr: 'En médiation, seul le médiateur ou la médiatrice peut fermer le dossier sans entente.',
    en: 'In mediation only the mediator can close the case without an agreement.',
  },
  invalid_proposal: {
    fr: 'La proposition est invalide : vérifiez les solutions, les montants, les dates et les modalités.',
    en: 'The proposal is invalid: check the solutions, amounts, dates and terms.',
  },
  reason_required: { fr: 'Choisissez une raison.', en: 'Choose a reason.' },
  justification_required: {
    fr: 'Écrivez une justification.',
    en: 'Write a justification.',
  },
  problem_summary_required: {
    fr: 'Résumez la nature du problème.',
    en: 'Summarise the nature of the problem.',
  },
  invalid_admissibility_ground: {
    fr: 'Ce motif ne fait pas partie de ceux de l’article L612-2 du Code de la consommation.',
    en: 'This ground is not one of those of article L612-2 of the Consumer Code.',
  },
  extension_reason_required: {
    fr: 'Indiquez pourquoi la médiation est prolongée.',
    en: 'State why the mediation is extended.',
  },
  extension_not_later: {
    fr: 'La nouvelle date de fin doit être postérieure à la date actuelle.',
    en: 'The new end date must be later than the current one.',
  },
  invalid_date: { fr: 'Cette date n’existe pas.', en: 'This date does not exist.' },
  invalid_answer_period: {
    fr: 'Le délai de réponse doit être un nombre entier de jours.',
    en: 'The answer period must be a whole number of days.',
  },
  already_assigned: {
    fr: 'Cette personne est déjà affectée à ce dossier.',
    en: 'This person is already assigned to the case.',
  },
  mediator_is_party: {
    fr: 'Une personne qui participe au dossier ne peut pas en être le médiateur ou la médiatrice.',
    en: 'Someone taking part in the case cannot be its mediator.',
  },
  representative_already_present: {
    fr: 'Ce dossier a déjà une représentante ou un représentant.',
    en: 'This case already has a representative.',
  },
  no_pending_representative: {
    fr: 'Aucune invitation de représentation n’est en attente.',
    en: 'No representative invitation is pending.',
  },
  representative_not_found: {
    fr: 'Cette représentante ou ce représentant n’est pas au dossier.',
    en: 'This representative is not on the case.',
  },
  consent_required: {
    fr: 'Cochez la case de consentement de la représentante ou du représentant.',
    en: 'Tick the representative’s consent box.',
  },
  protocol_not_submitted: {
    fr: 'Le protocole d’accord n’a pas encore été déposé par le médiateur ou la médiatrice.',
    en: 'The mediator has not submitted the protocol of agreement yet.',
  },
  already_signed: {
    fr: 'Vous avez déjà signé cette version du protocole.',
    en: 'You have already signed this version of the protocol.',
  },
  thread_not_open: {
    fr: 'Cette discussion n’est pas ouverte à cette étape.',
    en: 'This discussion is not open at this stage.',
  },
  thread_read_only: {
    fr: 'Cette discussion est en lecture seule pendant la médiation.',
    en: 'This discussion is read-only during mediation.',
  },
  not_thread_participant: {
    fr: 'Vous ne participez pas à cette discussion.',
    en: 'You do not take part in this discussion.',
  },
};

/** Failures of the cases module that are not engine decisions. */
export const caseErrorMessages = {
  case_conflict: {
    fr: 'Le dossier a été modifié en même temps par quelqu’un d’autre. Rechargez-le et réessayez.',
    en: 'The case was changed by someone else at the same time. Reload it and try again.',
  },
  access_code_required: {
    fr: 'Un dossier de ce programme se crée avec le numéro de référence et le code d’accès reçus par courriel (« Créer un dossier »).',
    en: 'A case of this programme is created with the reference number and access code received by e-mail (“Create a case”).',
  },
  case_number_taken: {
    fr: 'Un dossier porte déjà ce numéro.',
    en: 'A case already has this number.',
  },
  programme_not_enabled: {
    fr: 'Ce programme n’est pas offert sur cette plateforme.',
    en: 'This programme is not offered on this platform.',
  },
  consumer_not_found: {
    fr: 'Ce consommateur ou cette consommatrice n’a pas de compte.',
    en: 'This consumer has no account.',
  },
  not_a_mediator: {
    fr: 'Cette personne n’est pas inscrite comme médiateur ou médiatrice.',
    en: 'This person is not enrolled as a mediator.',
  },
} as const satisfies Record<string, Messages>;

/**
 * 403: who you are on this case does not allow it. 409: the case's current state does not allow
 * it (reload and look). 422: the request's content is refused (fix the form).
 */
export const denialStatus: { readonly [R in DenialReason]: 403 | 409 | 422 } = {
  case_not_found: 409,
  case_already_exists: 409,
  case_closed: 409,
  not_in_programme: 409,
  not_allowed_in_state: 409,
  role_not_allowed: 403,
  not_case_participant: 403,
  not_in_charge: 403,
  represented_consumer_cannot_act: 403,
  invalid_command: 422,
  duplicate_id: 409,
  prefiling_not_admissible: 422,
  invalid_settings: 422,
  deadline_passed: 409,
  deadline_not_reached: 409,
  already_in_charge: 409,
  already_taken_charge: 409,
  mediation_not_yet_eligible: 409,
  proposal_not_found: 409,
  proposal_not_open: 409,
  proposal_already_answered: 409,
  proposal_already_exists: 409,
  not_proposal_author: 403,
  cannot_accept_own_proposal: 403,
  awaiting_other_side: 409,
  version_mismatch: 409,
  already_answered: 409,
  only_mediator_proposes_in_mediation: 403,
  only_mediator_closes_in_mediation: 403,
  invalid_proposal: 422,
  reason_required: 422,
  justification_required: 422,
  problem_summary_required: 422,
  invalid_admissibility_ground: 422,
  extension_reason_required: 422,
  extension_not_later: 422,
  invalid_date: 422,
  invalid_answer_period: 422,
  already_assigned: 409,
  mediator_is_party: 422,
  representative_already_present: 409,
  no_pending_representative: 409,
  representative_not_found: 409,
  consent_required: 422,
  protocol_not_submitted: 409,
  already_signed: 409,
  thread_not_open: 409,
  thread_read_only: 409,
  not_thread_participant: 403,
};

export type CaseMessageTable = typeof denialMessages & typeof caseErrorMessages;
export const caseMessages: CaseMessageTable = { ...denialMessages, ...caseErrorMessages };
