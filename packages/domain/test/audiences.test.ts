/**
 * SPEC §9: the people an audience names from the case itself (the business's registry and the
 * office's staff are added by the API from the database).
 */
import { describe, expect, it } from 'vitest';
import { caseAudienceIds } from '../src/index.js';
import { ACTORS, qcMediation, qcNegotiation } from './fixtures.js';

describe('caseAudienceIds', () => {
  it('names the consumer, the assigned mediator, and no one replaced by an ordinary event', () => {
    const d = qcMediation();
    expect(caseAudienceIds(d.current, 'consumer', null)).toEqual([ACTORS.consumer.userId]);
    expect(caseAudienceIds(d.current, 'mediator', null)).toEqual([ACTORS.mediator.userId]);
    expect(caseAudienceIds(d.current, 'replaced', d.events.at(-1)!)).toEqual([]);
    expect(caseAudienceIds(qcNegotiation().current, 'mediator', null)).toEqual([]);
  });

  it('names the mediator a reassignment replaced, and the new one as the mediator', () => {
    const d = qcMediation().do('staff', {
      type: 'assign_mediator',
      mediatorUserId: ACTORS.other_mediator.userId,
    });
    const reassigned = d.events.findLast((e) => e.type === 'mediator_assigned')!;
    expect(caseAudienceIds(d.current, 'replaced', reassigned)).toEqual([ACTORS.mediator.userId]);
    expect(caseAudienceIds(d.current, 'mediator', null)).toEqual([ACTORS.other_mediator.userId]);
  });
});
