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
  it('reads "kills" a bill or deal as a rejection', () => {
    expect(ev('Dutch Parliament kills ACTA before EU vote', '2012-06-20')).toEqual(['NLDLEG>EU 120 actual']);
  });
  it('leaves armed groups and states fighting', () => {
    expect(ev('Hezbollah attacked Israeli troops.', '2006-07-12')).toEqual(['LBNREB>ISRMIL 190 actual']);
    expect(ev('Russian forces attacked Kharkiv.', '2022-03-01')).toEqual(['RUSMIL>UKRCVL 190 actual']);
  });
});
