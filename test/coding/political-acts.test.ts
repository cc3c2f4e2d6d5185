/** Parties and legislatures do not fight: their "attacks" are criticism, their "kills" rejections (political-acts.ts). */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('a fight code whose sources are parties or legislatures', () => {
  it('reads "attacked" as criticism', () => {
    expect(ev('Labour attacked the Tories over taxes.', '2005-03-01')).toEqual(['GBRPTY>GBRPTY 111 actual']);
    expect(ev('Italy’s first black minister attacked by Northern League', '2013-05-01')).toEqual([
      'ITAPTY>ITAGOV 111 actual',
    ]);
  });
  it('reads an attack only expected or threatened as criticism too, not a threat of force', () => {
    expect(
      ev("Liberal Democrat leader Charles Kennedy is expected to attack Mr Blair's words.", '2005-03-01'),
    ).toEqual(['GBRPTY>GBRGOV 111 future']);
  });
  it('reads "kills" a bill or deal as a rejection', () => {
    expect(ev('Dutch Parliament kills ACTA before EU vote', '2012-06-20')).toEqual(['NLDLEG>EU 120 actual']);
  });
  it("reads a government's attack on its own country's parties as criticism too", () => {
    expect(ev('Blair launched an attack on the Tories.', '2005-03-01')).toEqual(['GBRGOV>GBRPTY 111 actual']);
    // (its other acts of force stay force, and so do acts on a party abroad)
    expect(ev('Russia attacked Ukraine.', '2022-03-01')).toEqual(['RUS>UKR 190 actual']);
  });
  it('leaves armed groups and states fighting', () => {
    expect(ev('Hezbollah attacked Israeli troops.', '2006-07-12')).toEqual(['LBNREB>ISRMIL 190 actual']);
    expect(ev('Russian forces attacked Kharkiv.', '2022-03-01')).toEqual(['RUSMIL>UKRCVL 190 actual']);
  });
});

describe('agreements between states suspended or ended', () => {
  it('are a rejection (127) aimed at the other party', () => {
    expect(ev('Seoul suspended a military agreement with Pyongyang.', '2023-11-22')).toEqual([
      'KORGOV>PRKGOV 127 actual',
    ]);
    expect(ev('Mali’s junta ended the peace agreement with Tuareg separatists.', '2024-01-26')).toEqual([
      'MLIMIL>MLISEP 127 actual',
    ]);
  });
  it('but not a company’s agreement, nor fighting ended under an agreement', () => {
    expect(ev('Boeing suspended its supply agreement with the airline.', '2024-01-26')).toEqual([]);
    expect(
      ev('Chad and Sudan ended the fighting under a peace agreement brokered by Qatar.', '2024-01-26'),
    ).not.toContainEqual(expect.stringMatching(/ 127 /));
  });
});

describe('orders and arms held back', () => {
  it('an order to stop fighting is a demand (1056), and the act ordered is not done', () => {
    expect(ev('The ICJ ordered Israel to halt its offensive in Rafah.', '2024-05-25')).toEqual([
      'ICJJUD>ISR 1056 actual',
    ]);
    // an order to one's own forces is the state's own act
    expect(ev('Putin ordered his troops to halt the offensive.', '2024-05-25')).toEqual([
      'RUSMIL>- 087 actual',
    ]);
  });
  it('pausing a shipment of bombs is halting military aid (1622)', () => {
    expect(ev('The United States paused a shipment of bombs to Israel.', '2024-05-25')).toEqual([
      'USA>ISR 1622 actual',
    ]);
  });
});

describe('diplomatic protests and joint sails', () => {
  it('"lodged stern representations with" is an official complaint (114)', () => {
    expect(
      ev(
        'China’s foreign ministry lodged stern representations with Manila over the collision.',
        '2024-04-26',
      ),
    ).toEqual(['CHNGOV>PHLGOV 114 actual']);
  });
  it('a joint sail is military cooperation (062) between the sailors', () => {
    expect(ev('Australia and the Philippines held their first joint sail.', '2024-04-26').sort()).toEqual([
      'AUSGOV>PHLGOV 062 actual',
      'PHLGOV>AUSGOV 062 actual',
    ]);
  });
});

describe('refusing to back something, and refusing to back down', () => {
  it('withholding support is a rejection (120); refusing to back down refuses to yield (124)', () => {
    expect(ev('Hungary refused to back new EU sanctions against Russia.', '2024-02-20')).toEqual([
      'HUNGOV>EU 120 actual',
    ]);
    expect(ev('Iran refused to back down over its nuclear programme.', '2024-02-20')).toEqual([
      'IRNGOV>- 124 actual',
    ]);
  });
});
