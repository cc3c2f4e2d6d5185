/**
 * Light verbs (cues lightVerbs): a verb that makes the act noun after it its subject's act ("launched strikes"),
 * as data, with the assent verbs of the twenty-second session ("approved an arms sale", "concluded talks").
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('assent to one’s own act', () => {
  it('makes the approver the agent of the act noun it approves', () => {
    expect(ev('The United States approved an arms sale to Taiwan on Friday.', '2024-03-05')).toEqual([
      'USAGOV>TWN 062 actual',
    ]);
    expect(ev('Canada authorised new sanctions against Belarus.', '2024-03-05')).toEqual([
      'CAN>BLR 163 actual',
    ]);
  });
  it('ends talks as the subject’s consultation', () => {
    expect(
      ev('The foreign ministers of Chile and Peru concluded a round of talks in Lima.', '2024-03-05').sort(),
    ).toEqual(['CHLGOV>PERGOV 046 actual', 'PERGOV>CHLGOV 046 actual']);
  });
  it('reads an approved request or proposal as someone else’s', () => {
    // the proposal is not the senate's own offer
    expect(
      ev('The Bolivian Senate approved a proposal to repay loans to foreign banks.', '2024-03-05'),
    ).toEqual([]);
    // a request keeps its possessor as the one who asked, and is addressed to whoever answers it
    expect(ev('The IMF approved Ghana’s request for a loan.', '2024-03-05')).toEqual([
      'GHAGOV>IMF 0231 actual',
    ]);
    expect(ev('Germany rejected Poland’s demand for reparations.', '2024-03-05').sort()).toEqual([
      'DEUGOV>POL 120 actual',
      'POLGOV>DEU 100 actual',
    ]);
    expect(ev('Serbia accepted a Hungarian offer of talks.', '2024-03-05')).toContain(
      'HUNGOV>SRB 036 future',
    );
  });
  it('leaves an ordinary verb’s object a topic', () => {
    expect(ev('The committee reviewed an arms sale to Taiwan.', '2024-03-05')).toEqual([]);
  });
});
