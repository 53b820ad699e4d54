/**
 * Test helpers: named actors, a tiny "case driver" that decides and applies commands (failing
 * loudly on denial), and ready-made proposal contents.
 */
import {
  SYSTEM_ACTOR,
  apply,
  decide,
  type Actor,
  type CaseEvent,
  type CaseState,
  type Command,
  type Instant,
  type Programme,
  type ProposalContent,
  type Role,
} from '../src/index.js';

export const BUSINESS = 'b-1';

export const ACTORS = {
  consumer: { userId: 'u-consumer', role: 'consumer' },
  consumer_representative: { userId: 'u-rep', role: 'consumer_representative' },
  merchant_respondent: { userId: 'u-resp', role: 'merchant_respondent', businessId: BUSINESS },
  merchant_representative: {
    userId: 'u-mrep',
    role: 'merchant_representative',
    businessId: BUSINESS,
  },
  other_merchant_representative: {
    userId: 'u-mrep2',
    role: 'merchant_representative',
    businessId: BUSINESS,
  },
  foreign_merchant: { userId: 'u-foreign', role: 'merchant_representative', businessId: 'b-2' },
  mediator: { userId: 'u-med', role: 'mediator' },
  other_mediator: { userId: 'u-med2', role: 'mediator' },
  staff: { userId: 'u-staff', role: 'staff' },
  administrator: { userId: 'u-admin', role: 'administrator' },
  system: SYSTEM_ACTOR,
} as const satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;
export type RoleOrSystem = Role | 'system';

/** The actor that plays each role in table-driven tests. */
export const ROLE_ACTORS: { readonly [R in RoleOrSystem]: Actor } = {
  consumer: ACTORS.consumer,
  consumer_representative: ACTORS.consumer_representative,
  merchant_respondent: ACTORS.merchant_respondent,
  merchant_representative: ACTORS.merchant_representative,
  mediator: ACTORS.mediator,
  staff: ACTORS.staff,
  administrator: ACTORS.administrator,
  system: ACTORS.system,
};

export const REFUND: ProposalContent = {
  solutions: [{ kind: 'refund', amountMinor: 45_000 }],
  terms: 'Remboursement sous 15 jours.',
};
export const REPAIR: ProposalContent = {
  solutions: [{ kind: 'repair' }, { kind: 'price_reduction', amountMinor: 5_000 }],
  terms: 'Réparation en atelier.',
};
export const MEDIATOR_SPLIT: ProposalContent = {
  solutions: [{ kind: 'refund', amountMinor: 30_000 }],
  terms: 'Partage du coût.',
};

export const T0 = '2024-03-01T15:00:00.000Z';

/** Drives a case through commands at given instants, keeping every event for replay checks. */
export class CaseDriver {
  state: CaseState | null = null;
  readonly events: CaseEvent[] = [];
  now: number;

  constructor(start: Instant = T0) {
    this.now = new Date(start).getTime();
  }

  at(instant: Instant): this {
    this.now = new Date(instant).getTime();
    return this;
  }

  advanceDays(days: number): this {
    this.now += days * 86_400_000;
    return this;
  }

  try(actor: ActorName | Actor, command: Command) {
    const who = typeof actor === 'string' ? ACTORS[actor] : actor;
    return decide(this.state, command, who, this.now);
  }

  do(actor: ActorName | Actor, command: Command): this {
    const decision = this.try(actor, command);
    if (!decision.ok) {
      throw new Error(`${command.type} by ${JSON.stringify(actor)} denied: ${decision.reason}`);
    }
    for (const event of decision.events) {
      this.state = apply(this.state, event);
      this.events.push(event);
    }
    return this;
  }

  get current(): CaseState {
    if (this.state === null) throw new Error('No case yet');
    return this.state;
  }
}

export function openCommand(programme: Programme, caseId = `case-${programme}`): Command {
  return {
    type: 'open_case',
    caseId,
    programme,
    referenceNumber: '1291252',
    consumerUserId: ACTORS.consumer.userId,
    businessId: BUSINESS,
    ...(programme === 'fr'
      ? { prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true } }
      : {}),
  };
}

/** qc case submitted and taken charge by the merchant representative. */
export function qcNegotiation(start: Instant = T0): CaseDriver {
  return new CaseDriver(start)
    .do('consumer', openCommand('qc'))
    .do('consumer', { type: 'submit_case', proposalId: 'p1', proposal: REFUND })
    .do('merchant_representative', { type: 'take_charge' });
}

/** qc case in mediation with the mediator assigned (eligible because both parties proposed). */
export function qcMediation(start: Instant = T0): CaseDriver {
  return qcNegotiation(start)
    .do('merchant_representative', { type: 'make_proposal', proposalId: 'p2', content: REPAIR })
    .do('consumer', { type: 'request_mediation' })
    .do('staff', { type: 'assign_mediator', mediatorUserId: ACTORS.mediator.userId });
}

/** fr case accepted by the professional, mediator assigned and admissibility granted. */
export function frMediation(start: Instant = T0): CaseDriver {
  return new CaseDriver(start)
    .do('consumer', openCommand('fr'))
    .do('merchant_representative', { type: 'professional_accept' })
    .do('staff', { type: 'assign_mediator', mediatorUserId: ACTORS.mediator.userId })
    .do('mediator', { type: 'declare_admissible' });
}
