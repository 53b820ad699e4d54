/**
 * Checks of a command's own data (texts present, proposal content valid, identifiers new),
 * run by `can`/`decide` after the actor and state checks have passed.
 */
import type { Actor } from './actors.js';
import { addDaysToLocalDate, isValidLocalDate, startOfLocalDay, toEpochMs } from './calendar.js';
import type { Command, OpenCaseCommand } from './commands.js';
import { findProposal } from './proposal-lookup.js';
import { validateSettings, defaultSettings } from './programmes.js';
import { validateProposalContent, type ProposalContent } from './proposals.js';
import type { DenialReason } from './reasons.js';
import type { CaseState } from './state.js';
import { ADMISSIBILITY_GROUNDS, WITHDRAWAL_REASONS } from './statuses.js';

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

function newProposal(
  state: CaseState,
  proposalId: string,
  content: ProposalContent,
): DenialReason | null {
  if (blank(proposalId)) return 'invalid_command';
  if (findProposal(state, proposalId) !== undefined) return 'duplicate_id';
  return validateProposalContent(content).length === 0 ? null : 'invalid_proposal';
}

/** FR-9: the new end date is a local date whose end comes after the current end. */
function extensionDenial(
  state: CaseState,
  reason: string,
  newEndDate: string,
): DenialReason | null {
  if (blank(reason)) return 'extension_reason_required';
  if (!isValidLocalDate(newEndDate)) return 'invalid_date';
  const current = state.due.mediationEndsAt;
  const newEnd = extendedEnd(state, newEndDate);
  return current !== null && toEpochMs(newEnd) <= toEpochMs(current) ? 'extension_not_later' : null;
}

export function openCaseDenial(actor: Actor, command: OpenCaseCommand): DenialReason | null {
  const settings = command.settings ?? defaultSettings(command.programme);
  if (settings.programme !== command.programme || validateSettings(settings).length > 0) {
    return 'invalid_settings';
  }
  if (blank(command.caseId) || blank(command.referenceNumber) || blank(command.businessId)) {
    return 'invalid_command';
  }
  // A consumer opens their own case; staff may enter a postal request for a consumer (FR-4).
  if (actor.role === 'consumer' && command.consumerUserId !== actor.userId)
    return 'invalid_command';
  if (command.programme === 'fr') {
    const answers = command.prefiling;
    if (answers === undefined) return 'invalid_command';
    if (!answers.writtenComplaintSent || !answers.complaintUnderOneYear) {
      return 'prefiling_not_admissible';
    }
  }
  return null;
}

export function commandDataDenial(state: CaseState, command: Command): DenialReason | null {
  switch (command.type) {
    case 'submit_case':
      return newProposal(state, command.proposalId, command.proposal);
    case 'make_proposal':
      return newProposal(state, command.proposalId, command.content);
    case 'propose_solution':
      if (
        command.answerDays !== undefined &&
        !(Number.isSafeInteger(command.answerDays) && command.answerDays > 0)
      ) {
        return 'invalid_answer_period';
      }
      return newProposal(state, command.proposalId, command.content);
    case 'modify_proposal':
      return validateProposalContent(command.content).length === 0 ? null : 'invalid_proposal';
    case 'refuse_negotiation':
    case 'professional_refuse':
      return blank(command.reason) ? 'reason_required' : null;
    case 'close_case':
      if (!WITHDRAWAL_REASONS.includes(command.reason)) return 'reason_required';
      return blank(command.justification) ? 'justification_required' : null;
    case 'close_without_agreement':
      if (blank(command.justification)) return 'justification_required';
      return state.programme === 'qc' && blank(command.problemSummary)
        ? 'problem_summary_required'
        : null;
    case 'add_representative':
      if (!command.consent) return 'consent_required';
      return [command.representativeId, command.firstName, command.lastName, command.email].some(
        blank,
      )
        ? 'invalid_command'
        : null;
    case 'declare_inadmissible':
      return ADMISSIBILITY_GROUNDS.includes(command.ground) ? null : 'invalid_admissibility_ground';
    case 'extend_mediation':
      return extensionDenial(state, command.reason, command.newEndDate);
    case 'submit_protocol':
      return blank(command.documentId) || blank(command.documentHash) ? 'invalid_command' : null;
    case 'add_document':
      return blank(command.documentId) ? 'invalid_command' : null;
    case 'post_message':
      return blank(command.messageId) ? 'invalid_command' : null;
    case 'assign_mediator':
      return blank(command.mediatorUserId) ? 'invalid_command' : null;
    default:
      return null;
  }
}

/** The instant a mediation extended to `newEndDate` ends: the end of that local day. */
export function extendedEnd(state: CaseState, newEndDate: string): string {
  return startOfLocalDay(addDaysToLocalDate(newEndDate, 1), state.settings.timeZone);
}
