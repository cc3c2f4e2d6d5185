/**
 * Acts of and against collective bodies read off 2020s wire copy written for the purpose: a member blocking what a
 * body would adopt, juntas ordering foreign troops out, a body suspending a member, a court filing's allegation,
 * attempts that failed. Each rule was checked on every changed event of world-news and long-articles.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('blocking a joint text', () => {
  it('is a veto by the member (129)', () => {
    expect(ev('Hungary blocked an EU statement condemning Russia.', '2024-03-01')).toEqual([
      'HUNGOV>EU 129 actual',
    ]);
    expect(ev('Slovakia vetoed the sanctions package.', '2024-03-01')).toEqual(['SVKGOV>- 129 actual']);
  });
  it('is not done when the attempt failed ("tried unsuccessfully to block")', () => {
    expect(ev('The Reagan administration tried unsuccessfully to block sanctions.', '1986-10-01')).toEqual([
      'USAGOV>- 129 negated',
    ]);
  });
});

describe('ordering troops out', () => {
  it("expels another state's forces (166)", () => {
    expect(ev("Niger's junta ordered French troops to leave the country.", '2023-08-01')).toEqual([
      'NERMIL>FRAMIL 166 actual',
    ]);
  });
  it("not one's own, named or inferred from the story", () => {
    expect(ev('Putin ordered Russian troops to leave Kherson.', '2022-11-01')).toEqual([]);
    // (the troops are the orderer's: their own retreat, no expulsion)
    expect(ev('Putin ordered troops to withdraw from Kherson.', '2022-11-01')).toEqual([
      'RUSMIL>UKR 0874 actual',
    ]);
  });
});

describe('a body suspending a member', () => {
  it('reduces relations with it (166), only when the suspender is an organisation', () => {
    expect(ev('The African Union suspended Gabon after the coup.', '2023-09-01')).toEqual([
      'AU>GAB 166 actual',
    ]);
    expect(
      ev('The European Parliament voted to suspend U.S. data sharing agreements.', '2013-10-01'),
    ).toEqual([]);
  });
});

describe('a court filing', () => {
  it("states its filer's allegation, also before a forum phrase", () => {
    expect(
      ev(
        'South Africa filed a case at the International Court of Justice accusing Israel of genocide.',
        '2024-01-01',
      ),
    ).toEqual(['ZAFGOV>ISR 1124 actual']);
    expect(ev('Colombia filed a lawsuit accusing Diageo of smuggling.', '1993-01-01')).toEqual([
      'COLGOV>- 112 actual',
    ]);
  });
});

describe('a country before "to" and a verb', () => {
  it('forms no role compound with the verb ("sanctions against Japan to force Tokyo")', () => {
    expect(
      ev(
        "One hundred members of Britain's ruling Conservative Party have signed a motion calling for trade sanctions against Japan to force Tokyo to open its market.",
        '1987-03-26',
      ),
    ).toEqual(['GBRPTY>JPN 020 actual']);
  });
});

describe('drills around a country', () => {
  it('are a show of force aimed at it, whatever the sentence names after', () => {
    expect(
      ev('Chinese warships staged drills around Taiwan, in what Beijing called a warning.', '2024-10-01'),
    ).toEqual(['CHNMIL>TWN 150 actual']);
  });
});

describe('the Taliban by date', () => {
  it('govern Afghanistan from their interim government of September 2021 (their first rule stays REB, as PLOVER codes it)', () => {
    expect(ev('The Taliban banned women from attending universities in Afghanistan.', '2024-10-01')).toEqual([
      'AFGGOV>AFGCVL 1721 actual',
    ]);
    expect(ev('The Taliban attacked a police post in Kandahar.', '2010-10-01')).toEqual([
      'AFGREB>AFGCOP 190 actual',
    ]);
    expect(ev('The Taliban attacked a police post in Kandahar.', '1999-10-01')).toEqual([
      'AFGREB>AFGCOP 190 actual',
    ]);
  });
});

describe('threats and options of 2020s copy', () => {
  it('"ruled out" an act excludes it; "has not ruled out" leaves it open', () => {
    expect(ev('France ruled out sending troops to Ukraine.', '2024-10-01')).toEqual(['FRA>UKR 154 negated']);
    expect(ev('France has not ruled out sending troops to Ukraine.', '2024-10-01')).toEqual([
      'FRA>UKR 154 hypothetical',
    ]);
    expect(ev('France talked about sending troops to Ukraine.', '2024-10-01')).toEqual([]);
  });
  it('a step "considered" is not yet taken', () => {
    expect(ev('South Korea is considering providing special loans to Egypt.', '2024-10-01').join()).toMatch(
      /future/,
    );
  });
  it('a vowed punishment is a threat', () => {
    expect(ev('Iran\'s supreme leader vowed a "harsh punishment" for Israel.', '2024-08-01')).toEqual([
      'IRNGOV>ISR 130 threat',
    ]);
  });
  it("hitting a town or capital is force; a person, an economy or a storm's force is not", () => {
    expect(ev('Hezbollah will hit Tel Aviv.', '2024-10-01')).toEqual(['LBNREB>ISR 1384 future']);
    expect(ev('Trump hit Biden over inflation.', '2024-10-01')).toEqual([]);
    expect(ev('The full force of Hurricane Ivan has hit the Cayman Islands.', '2004-09-12')).toEqual([]);
  });
});

describe('an act said to trigger a response', () => {
  it('is threatened by whoever says so (138 for a military response, else 130)', () => {
    expect(ev('Moscow said any such step would provoke a tough response.', '2024-10-01')).toEqual([
      'RUSGOV>- 130 future',
    ]);
    expect(
      ev('Russia warned that the deployment would trigger a military response.', '2024-10-01').join(),
    ).toMatch(/RUSGOV>\S+ 138 future/);
  });
  it('not a reaction that happened ("drew a sharp reaction")', () => {
    expect(ev('The decision drew a sharp reaction from Beijing.', '2024-10-01')).toEqual([]);
  });
});

describe('more 2020s copy', () => {
  it('mediators act on the parties between whom they mediate, not on each other', () => {
    expect(
      ev('Qatar and Egypt are mediating indirect talks between Israel and Hamas in Doha.', '2024-05-01'),
    ).toEqual([
      'QATGOV>ISR 045 actual',
      'QATGOV>PSEREB 045 actual',
      'EGYGOV>ISR 045 actual',
      'EGYGOV>PSEREB 045 actual',
    ]);
  });
  it('an offer to mediate is an intent to mediate (039), not a bare offer (030)', () => {
    expect(ev('Brazil offered to mediate between Venezuela and Guyana.', '2024-05-01')).toEqual([
      'BRAGOV>VEN 039 future',
      'BRAGOV>GUY 039 future',
    ]);
    expect(ev('Turkey offered to mediate in the conflict.', '2024-05-01')).toEqual(['TURGOV>- 039 future']);
  });
  it('a protest with its place before "against" ("rallied in Tbilisi against a bill")', () => {
    expect(
      ev('Thousands of Georgians rallied in Tbilisi against a foreign agents bill.', '2024-05-01'),
    ).toEqual(['GEOCVL>GEOGOV 1412 actual']);
  });
  it("a law's act is its makers' ('approved a law banning the church')", () => {
    expect(
      ev("Ukraine's parliament approved a law banning the Russian-linked Orthodox church.", '2024-08-20'),
    ).toEqual(['UKRLEG>- 172 actual']);
  });
  it('ramming a vessel is coercion by its actor; an accident with no actor is none', () => {
    expect(ev("China's coast guard rammed a Philippine supply vessel.", '2024-06-17')).toEqual([
      'CHNMIL>PHL 171 actual',
    ]);
    expect(ev('A truck rammed a fishing boat in the harbour.', '2024-06-17')).toEqual([]);
  });
});

describe('cyber attacks and groups linked to an actor', () => {
  it("hackers linked to a state's agency act as it", () => {
    expect(
      ev(
        "Hackers linked to Russia's military intelligence agency attacked the computer networks of Germany's ruling party.",
        '2024-05-01',
      ),
    ).toEqual(['RUSSPY>DEUPTY 170 actual']);
    expect(ev('Gunmen loyal to the Houthis attacked a ship.', '2024-05-01')).toEqual(['YEMREB>- 190 actual']);
  });
  it('"backed by" is no identity, and a policy attacked is no cyber attack', () => {
    expect(ev('Militants backed by Iran attacked a US base.', '2024-05-01')).toEqual([]);
    expect(ev('The senator attacked the email policy of the White House.', '2024-05-01').join()).not.toMatch(
      / 170 /,
    );
  });
});

describe('warrants sought and bodies ordered out', () => {
  it('seeking arrest warrants for leaders charges them (173), as issuing them does', () => {
    expect(
      ev(
        'The ICC prosecutor sought arrest warrants for Netanyahu and Hamas leader Yahya Sinwar.',
        '2024-05-20',
      ),
    ).toEqual(['ICCJUD>ISRGOV 173 actual', 'ICCJUD>PSEREB 173 actual']);
  });
  it("an international body's forces ordered out are expelled (166); its own order to them is not", () => {
    expect(ev("Mali's junta ordered UN peacekeepers to leave the country.", '2023-06-16')).toEqual([
      'MLIMIL>UN 166 actual',
    ]);
    expect(ev('The UN ordered its peacekeepers to leave Mali.', '2023-06-16')).toEqual([]);
  });
});

describe('terror designations without "as"', () => {
  it('"designated the Houthis a foreign terrorist organization" is an administrative sanction (172)', () => {
    expect(ev('The US designated the Houthis a foreign terrorist organization.', '2025-03-04')).toEqual([
      'USA>YEMREB 172 actual',
    ]);
    expect(ev('Trump designated Sunday a day of prayer.', '2025-03-04')).toEqual([]);
  });
});
