/**
 * Fixtures of the permission tables: one case per named situation, built through the public
 * API, with the consumer side played by the consumer or, for the consumer_representative role,
 * by an active representative (REP-3). Also builds a well-formed command for any action.
 */
import {
  addDaysToLocalDate,
  lastDayOfPeriod,
  type ActionName,
  type Actor,
  type CaseState,
  type Command,
  type Programme,
} from '../src/index.js';
import {
  ACTORS,
  CaseDriver,
  MEDIATOR_SPLIT,
  REFUND,
  REPAIR,
  T0,
  openCommand,
  type ActorName,
} from './fixtures.js';

const DAY = 86_400_000;

export interface Fixture {
  readonly state: CaseState | null;
  readonly now: number;
}

type Build = (d: CaseDriver, cs: ActorName) => void;

function fixture(programme: Programme | null, daysAfterStart: number, build: Build = () => {}) {
  return (withRepresentative: boolean): Fixture => {
    const d = new CaseDriver(T0);
    if (programme === null) return { state: null, now: d.now };
    d.do('consumer', openCommand(programme));
    if (withRepresentative) {
      d.do('consumer', {
        type: 'add_representative',
        representativeId: 'r1',
        firstName: 'Rita',
        lastName: 'Tremblay',
        relationship: 'fille',
        email: 'rita@example.org',
        consent: true,
      }).do('consumer_representative', { type: 'activate_representative', representativeId: 'r1' });
    }
    build(d, withRepresentative ? 'consumer_representative' : 'consumer');
    return { state: d.current, now: new Date(T0).getTime() + daysAfterStart * DAY };
  };
}

const submitted: Build = (d, cs) => {
  d.do(cs, { type: 'submit_case', proposalId: 'p1', proposal: REFUND });
};
const takenCharge: Build = (d, cs) => {
  submitted(d, cs);
  d.do('merchant_representative', { type: 'take_charge' });
};
const mediationRequested: Build = (d, cs) => {
  takenCharge(d, cs);
  d.do('merchant_representative', { type: 'make_proposal', proposalId: 'p2', content: REPAIR });
  d.do(cs, { type: 'request_mediation' });
};
const qcMediation: Build = (d, cs) => {
  mediationRequested(d, cs);
  d.do('staff', { type: 'assign_mediator', mediatorUserId: ACTORS.mediator.userId });
};

export const QC_FIXTURES = {
  none: fixture(null, 0),
  draft: fixture('qc', 1),
  draft_period_over: fixture('qc', 31),
  negotiation_before_take_charge: fixture('qc', 1, submitted),
  negotiation: fixture('qc', 50, takenCharge),
  mediation_requested: fixture('qc', 2, mediationRequested),
  mediation_no_proposal: fixture('qc', 2, qcMediation),
  mediation_with_proposal: fixture('qc', 2, (d, cs) => {
    qcMediation(d, cs);
    d.do('mediator', { type: 'make_proposal', proposalId: 'm1', content: MEDIATOR_SPLIT });
  }),
  closed: fixture('qc', 2, (d, cs) => {
    takenCharge(d, cs);
    d.do('merchant_representative', { type: 'accept_proposal', proposalId: 'p1', version: 1 });
  }),
};

const refused: Build = (d) => {
  d.do('merchant_representative', { type: 'professional_refuse', reason: 'Hors garantie' });
};
const accepted: Build = (d) => {
  d.do('merchant_representative', { type: 'professional_accept' });
};
const assigned: Build = (d, cs) => {
  accepted(d, cs);
  d.do('staff', { type: 'assign_mediator', mediatorUserId: ACTORS.mediator.userId });
};
const frMediation: Build = (d, cs) => {
  assigned(d, cs);
  d.do('mediator', { type: 'declare_admissible' });
  d.do(cs, { type: 'make_proposal', proposalId: 'f1', content: REFUND });
};
const solutionProposed: Build = (d, cs) => {
  frMediation(d, cs);
  d.do('mediator', { type: 'propose_solution', proposalId: 's1', content: MEDIATOR_SPLIT });
};

export const FR_FIXTURES = {
  none: fixture(null, 0),
  awaiting_professional: fixture('fr', 1),
  awaiting_professional_period_over: fixture('fr', 12),
  refused_by_professional: fixture('fr', 2, refused),
  centre_intervention: fixture('fr', 2, (d, cs) => {
    refused(d, cs);
    d.do(cs, { type: 'request_centre_intervention' });
  }),
  awaiting_assignment: fixture('fr', 2, accepted),
  admissibility_review: fixture('fr', 2, assigned),
  mediation: fixture('fr', 2, frMediation),
  solution_proposed: fixture('fr', 2, solutionProposed),
  protocol_signing: fixture('fr', 2, (d, cs) => {
    solutionProposed(d, cs);
    d.do(cs, { type: 'accept_solution', proposalId: 's1', version: 1 });
    d.do('merchant_representative', { type: 'accept_solution', proposalId: 's1', version: 1 });
    d.do('mediator', {
      type: 'submit_protocol',
      documentId: 'doc-protocol',
      documentHash: 'sha256:ab',
    });
  }),
  closed: fixture('fr', 2, (d, cs) => {
    d.do(cs, { type: 'close_case', reason: 'settled_outside_platform', justification: 'Réglé.' });
  }),
};

function lastOpen(state: CaseState | null, kind: 'offer' | 'solution') {
  const open = state?.proposals.filter((p) => p.kind === kind && p.status === 'open') ?? [];
  const proposal = open[open.length - 1];
  return { proposalId: proposal?.proposalId ?? 'none', version: proposal?.versions.length ?? 1 };
}

/** A well-formed command for `action`, aimed at what the fixture's screen would show. */
export function commandFor(
  action: ActionName,
  programme: Programme,
  state: CaseState | null,
  actor: Actor,
): Command {
  const offer = lastOpen(state, 'offer');
  const solution = lastOpen(state, 'solution');
  switch (action) {
    case 'open_case':
      return openCommand(programme);
    case 'save_draft_step':
      return { type: action, step: 'problem_description' };
    case 'submit_case':
      return { type: action, proposalId: 'new-p', proposal: REFUND };
    case 'make_proposal':
    case 'propose_solution':
      return { type: action, proposalId: 'new-p', content: REPAIR };
    case 'modify_proposal': {
      const target = state?.status === 'solution_proposed' ? solution : offer;
      return {
        type: action,
        proposalId: target.proposalId,
        baseVersion: target.version,
        content: REPAIR,
      };
    }
    case 'accept_proposal':
      return { type: action, ...offer };
    case 'accept_solution':
    case 'refuse_solution':
      return { type: action, ...solution };
    case 'refuse_negotiation':
    case 'professional_refuse':
      return { type: action, reason: 'Pas de réclamation préalable' };
    case 'assign_mediator':
      return { type: action, mediatorUserId: state?.mediator === null ? 'u-med' : 'u-med2' };
    case 'close_case':
      return {
        type: action,
        reason: 'no_longer_wish_to_continue',
        justification: 'Je préfère arrêter.',
      };
    case 'close_without_agreement':
      return {
        type: action,
        justification: 'Aucune entente possible.',
        problemSummary: 'Vice caché.',
      };
    case 'add_representative':
      return {
        type: action,
        representativeId: 'r2',
        firstName: 'Paul',
        lastName: 'Roy',
        relationship: 'ami',
        email: 'paul@example.org',
        consent: true,
      };
    case 'activate_representative':
    case 'remove_representative':
      return {
        type: action,
        representativeId: state?.consumerRepresentative?.representativeId ?? 'r1',
      };
    case 'add_document':
      return { type: action, documentId: 'doc-1' };
    case 'post_message': {
      // The parties' thread while negotiating, and after a qc agreement (QC-22).
      const negotiating =
        state?.status === 'negotiation' ||
        state?.status === 'mediation_requested' ||
        (state?.status === 'closed' && state.closure?.messagingUntil != null);
      const thread = programme === 'qc' && negotiating ? 'parties' : 'mediation_discussion';
      return { type: action, messageId: `msg-${actor.userId}`, thread: { kind: thread } };
    }
    case 'declare_inadmissible':
      return { type: action, ground: 'outside_competence' };
    case 'extend_mediation': {
      const end = state?.due.mediationEndsAt ?? T0;
      const lastDay = lastDayOfPeriod(end, state?.settings.timeZone ?? 'UTC');
      return {
        type: action,
        reason: 'Expertise en cours',
        newEndDate: addDaysToLocalDate(lastDay, 30),
      };
    }
    case 'submit_protocol':
      return { type: action, documentId: 'doc-protocol-2', documentHash: 'sha256:cd' };
    case 'sign_protocol':
      return { type: action, protocolVersion: state?.protocol?.version ?? 1 };
    default:
      return { type: action } as Command;
  }
}
