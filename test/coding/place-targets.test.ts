/**
 * Violence done to a town hits its people (CVL of the town's country); taking a town takes the country's
 * territory; a capital stands for its government only when it acts or is addressed, not when it is shelled.
 */
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/code.js';

describe('place targets: violence against a town', () => {
  it("a shelled or bombed town is its country's civilians, also a capital", () => {
    expect(ev('Rebels shelled Juba on Sunday, killing 20 people.', '1995-03-06')).toContain(
      'SDNREB>SDNCVL 194 actual',
    );
    expect(ev('North Korea fired two artillery shells at Seoul on Thursday.', '2015-01-09')).toEqual([
      'PRK>KORCVL 194 actual',
    ]);
    expect(ev('Israeli tanks fired shells at targets in Jericho.', '2001-05-02')).toEqual([
      'ISRMIL>PSECVL 194 actual',
    ]);
  });

  it("a town of the attacker's own country is a target too (a bare own country is not)", () => {
    expect(ev('Syrian troops shelled Aleppo, killing 20.', '2016-01-05')).toContain(
      'SYRMIL>SYRCVL 194 actual',
    );
    expect(ev('Gunmen killed 12 people in Kandahar.', '2016-01-05')).toEqual(['AFGUAF>AFGCVL 190 actual']);
  });

  it('an actor named after the verb is the target, not the town it is in', () => {
    expect(ev('Israeli jets bombed Hamas positions in Gaza.', '2014-07-20')).toEqual([
      'ISRMIL>PSEREB 195 actual',
    ]);
  });

  it('a capital still stands for its government in words and sanctions', () => {
    expect(ev('The EU imposed sanctions on Moscow.', '2022-03-01')).toEqual(['EU>RUSGOV 163 actual']);
    expect(ev('Washington condemned the attack on Kyiv.', '2022-03-01')[0]).toMatch(/^USAGOV>/);
  });
  it('but a state coercing people at home names where, not whom: no target', () => {
    expect(ev('Spanish police arrested nine people after riots in Madrid.', '2022-03-01')).toEqual([
      'ESPCOP>- 173 actual',
    ]);
    // a town of another country stays the target; named people stay the target
    expect(ev('Israeli forces raided homes in Jenin.', '2022-03-01')).toEqual(['ISRMIL>PSE 171 actual']);
    expect(ev('Russian police detained dozens of students in Moscow.', '2022-03-01')).toEqual([
      'RUSCOP>RUSEDU 173 actual',
    ]);
  });
});

describe('place targets: taking a town', () => {
  it('seizing or capturing a named town, region or capital is occupation (192) of the country', () => {
    expect(ev('Russian forces captured Bakhmut after months of fighting.', '2023-05-21')).toEqual([
      'RUSMIL>UKR 192 actual',
    ]);
    expect(ev('Taliban fighters seized Kabul on Sunday.', '2021-08-16')).toEqual(['AFGREB>AFG 192 actual']);
  });

  it("a state's own forces retaking its own town take it from someone unnamed: no target", () => {
    expect(ev('Ukrainian troops recaptured Kherson.', '2022-11-12')).toEqual(['UKRMIL>- 192 actual']);
  });

  it('capturing people, ships or moments is no occupation', () => {
    expect(ev('Rebels captured two soldiers near Juba.', '2016-01-05')).not.toContainEqual(
      expect.stringMatching(/ 192 /),
    );
    expect(ev('Iran seized a British tanker.', '2019-07-20')).toEqual(['IRN>GBR 171 actual']);
    expect(ev('The film captured Paris in the 1920s.', '2016-01-05')).toEqual([]);
    expect(ev('Liverpool captured the title at Anfield.', '2016-01-05')).toEqual([]);
  });
});

describe('place targets: a region listed with its own country', () => {
  it('adds no second target', () => {
    expect(
      ev(
        'India launched missile strikes on nine sites in Pakistan and Pakistan-administered Kashmir.',
        '2025-05-07',
      ),
    ).toEqual(['IND>PAK 195 actual']);
  });
});

describe('place targets: a purpose clause after the place of violence', () => {
  it('names no target of the violence; a show of force keeps its addressee', () => {
    expect(
      ev(
        'NATO, with the help of the Pentagon and CIA, carried out terror bombings in Italy in the 1950s to rally support for governments in their fight against communism.',
        '2012-09-11',
      ).filter((e) => / 18\d /.test(e)),
    ).toEqual(['NATO>ITA 183 actual']);
    expect(
      ev('U.S. flies B-52s over South Korea to send "a clear signal to North Korea".', '2013-03-19'),
    ).toEqual(['USA>PRK 150 actual']);
  });
});

describe('a border named by a country adjective', () => {
  it('is no victim’s country for force and coercion ("killed six militants near the Afghan border")', () => {
    expect(
      ev('Pakistani forces killed six militants in a raid near the Afghan border.', '2024-06-15'),
    ).toEqual(['PAKMIL>- 190 actual']);
    expect(ev('North Korea demolished villages on the Chinese border.', '2013-06-15').join()).not.toMatch(
      />CHN/,
    );
  });
  it('but a place inside the country still is, and a force posture on the border still targets it', () => {
    expect(ev('Israeli jets killed 20 people in Gaza.', '2024-06-15')).toEqual(['ISRMIL>PSECVL 190 actual']);
    expect(ev('Russia massed troops near the Ukrainian border.', '2024-06-15')).toEqual([
      'RUS>UKR 154 actual',
    ]);
  });
});

describe('what an attack is aimed at', () => {
  it('an armed group’s targets or positions are the group ("struck Houthi targets")', () => {
    expect(
      ev('The United States and Britain struck Houthi targets in Yemen overnight.', '2024-01-12'),
    ).toEqual(['USA>YEMREB 190 actual', 'GBR>YEMREB 190 actual']);
    // a state's positions stay the country
    expect(ev('Russian troops shelled Ukrainian positions.', '2024-01-12')).toEqual([
      'RUSMIL>UKR 194 actual',
    ]);
  });
  it('the weapon the pattern names is its means, not its target ("launched drones at a ship")', () => {
    expect(ev('Houthi rebels launched drones at a commercial ship in the Red Sea.', '2024-01-12')).toEqual([
      'YEMREB>- 195 actual',
    ]);
    expect(ev('Ukraine shot down Russian drones overnight.', '2024-01-12')).toEqual([
      'UKR>RUSMIL 190 actual',
    ]);
    // destroying them is shooting them down; drugs are no weapon
    expect(ev('Russia said its air defences destroyed 20 Ukrainian drones.', '2024-01-12')).toEqual([
      'RUSMIL>UKRMIL 190 actual',
    ]);
    expect(ev('Police destroyed drugs worth 2 million dollars.', '2024-01-12')).toEqual([]);
  });
  it('hosting another state’s weapons is military cooperation (062)', () => {
    expect(ev('Belarus hosted Russian tactical nuclear weapons on its territory.', '2024-01-12')).toEqual([
      'BLRGOV>- 062 actual',
    ]);
  });
});
