/**
 * Events of everything but the proposal table: opening, draft, take-charge, the professional's
 * answer (fr), mediation requests and assignment, admissibility, extensions, closing,
 * representatives, documents and messages.
 */
import { endOfPeriod, startOfDayAfter } from './calendar.js';
import type { CommandOf, OpenCaseCommand } from './commands.js';
import { makeEvent, type CaseEvent } from './events.js';
import { defaultSettings } from './programmes.js';
import { mediationEligibility } from './queries.js';
import type { Actor, EventActor } from './actors.js';
import { extendedEnd } from './validation.js';
import { closeCase, emit, frSettings, type BuildContext } from './build-context.js';

export function openCase(command: OpenCaseCommand, by: EventActor, at: string): CaseEvent {
  const settings = command.settings ?? defaultSettings(command.programme);
  const zone = settings.timeZone;
  return makeEvent('case_opened', command.caseId, by, at, {
    programme: command.programme,
    settings,
    caseNumber: `${settings.caseNumberPrefix}${command.referenceNumber}`,
    referenceNumber: command.referenceNumber,
    consumer: { userId: command.consumerUserId },
    business: { businessId: command.businessId },
    channel: command.channel ?? 'online',
    draftExpiresAt:
      settings.programme === 'qc' ? endOfPeriod(at, settings.draftExpiryDays, zone) : null,
    professionalAnswerDueAt:
      settings.programme === 'fr' ? endOfPeriod(at, settings.professionalAnswerDays, zone) : null,
  });
}

function representativeOf(actor: Actor, at: string) {
  return { userId: actor.userId, role: actor.role, since: at };
}

export function takeCharge(context: BuildContext): CaseEvent[] {
  return [
    emit(context, 'merchant_took_charge', {
      representative: representativeOf(context.actor, context.at),
      replaced: context.state.merchantRepresentative,
    }),
  ];
}

export function requestMediation(context: BuildContext): CaseEvent[] {
  const { basis } = mediationEligibility(context.state, context.at);
  return [emit(context, 'mediation_requested', { basis: basis ?? 'take_charge_elapsed' })];
}

/** QC-20 / FR-9: the mediation clock starts; it ends at the end of local day D+max. */
function mediationStarted(context: BuildContext): CaseEvent {
  const settings = context.state.settings;
  const zone = settings.timeZone;
  return emit(context, 'mediation_started', {
    endsAt: endOfPeriod(context.at, settings.mediationMaxDays, zone),
    alertAt:
      settings.programme === 'qc'
        ? startOfDayAfter(context.at, settings.mediationAlertDay, zone)
        : null,
  });
}

export function assignMediator(
  context: BuildContext,
  command: CommandOf<'assign_mediator'>,
): CaseEvent[] {
  const { state } = context;
  const events: CaseEvent[] = [
    emit(context, 'mediator_assigned', {
      mediator: { userId: command.mediatorUserId },
      replaced: state.mediator?.userId ?? null,
    }),
  ];
  // qc: mediation starts on assignment (QC-16); fr: after the admissibility decision (FR-9).
  if (state.status === 'mediation_requested') events.push(mediationStarted(context));
  return events;
}

export function professionalAccept(context: BuildContext): CaseEvent[] {
  const settings = frSettings(context.state);
  return [
    emit(context, 'professional_accepted', {
      representative: representativeOf(context.actor, context.at),
      // FR-8: the file is complete once the professional has accepted and joined it.
      admissibilityDueAt: endOfPeriod(
        context.at,
        settings.admissibilityDecisionDays,
        settings.timeZone,
      ),
    }),
  ];
}

export function centreIntervened(context: BuildContext): CaseEvent[] {
  const settings = frSettings(context.state);
  return [
    emit(context, 'centre_intervened', {
      professionalAnswerDueAt: endOfPeriod(
        context.at,
        settings.professionalAnswerDays,
        settings.timeZone,
      ),
    }),
  ];
}

export function declareAdmissibility(
  context: BuildContext,
  command: CommandOf<'declare_admissible'> | CommandOf<'declare_inadmissible'>,
): CaseEvent[] {
  if (command.type === 'declare_admissible') {
    return [
      emit(context, 'admissibility_decided', { admissible: true, ground: null }),
      mediationStarted(context),
    ];
  }
  return [
    emit(context, 'admissibility_decided', { admissible: false, ground: command.ground }),
    closeCase(context, 'inadmissible', command.ground),
  ];
}

export function extendMediation(
  context: BuildContext,
  command: CommandOf<'extend_mediation'>,
): CaseEvent[] {
  const previousEndsAt = context.state.due.mediationEndsAt;
  if (previousEndsAt === null) throw new Error('Extending a mediation that has no end');
  const endsAt = extendedEnd(context.state, command.newEndDate);
  return [emit(context, 'mediation_extended', { reason: command.reason, previousEndsAt, endsAt })];
}

/** QC-14 / FR-13: a party closes; in fr mediation a withdrawal ends with a failure report. */
export function partyCloses(context: BuildContext, command: CommandOf<'close_case'>): CaseEvent[] {
  const inFrMediation =
    context.state.programme === 'fr' &&
    ['mediation', 'solution_proposed', 'protocol_signing'].includes(context.state.status);
  const outcome = inFrMediation ? 'mediation_failed' : 'withdrawn';
  return [closeCase(context, outcome, command.reason, { justification: command.justification })];
}

export function refusalAttestation(context: BuildContext): CaseEvent[] {
  const { state } = context;
  const silent = state.professionalRefusal?.kind === 'silence';
  return [
    emit(context, 'refusal_attestation_requested', {}),
    closeCase(context, 'refused', silent ? 'professional_silent' : 'professional_refused', {
      justification: state.professionalRefusal?.reason ?? null,
    }),
  ];
}
