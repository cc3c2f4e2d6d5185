import { describe, it, expect } from 'vitest';
import { code, ev } from '../helpers/code.js';

const first = (text: string, published = '2024-10-01') => code(text, published).events[0];

describe('modality', () => {
  it('actual', () => {
    expect(first('Russia attacked Ukraine.').modality).toBe('actual');
  });
  it('"is to" of an arrangement puts the act in the future', () => {
    expect(first('Karzai is to visit Pakistan next week.', '2008-08-08').modality).toBe('future');
    expect(first('Karzai visited Pakistan last week.', '2008-08-08').modality).toBe('actual');
  });
  it('threat', () => {
    expect(first('Iran threatened Israel with retaliation.').modality).toBe('threat');
  });
  it('conditional, with the condition span and its own coded actors', () => {
    const e = first(
      'Russia will retaliate against the United States if Washington sends long-range missiles to Ukraine.',
    );
    expect(e.modality).toBe('conditional');
    expect(e.condition?.text).toBe('if Washington sends long-range missiles to Ukraine');
    expect(e.condition?.source?.country).toBe('USA');
    const d = code(
      'Russia will retaliate against the United States if Washington sends long-range missiles to Ukraine.',
    );
    expect(d.text.slice(e.condition!.start, e.condition!.end)).toBe(e.condition!.text);
  });
  it('conditional with an inverted "should" clause, addressed to the condition subject', () => {
    const e = first(
      'Putin warned of retaliatory measures should the United States back Ukrainian strikes deep into Russia.',
    );
    expect(e.modality).toBe('conditional');
    expect(e.condition?.text).toMatch(/^should the United States back/);
    expect(e.target?.country).toBe('USA');
  });
  it('negated ("did not", "neither confirmed nor denied")', () => {
    expect(first('China did not condemn Russia.').modality).toBe('negated');
    expect(
      first(
        'The Biden administration has neither confirmed nor denied any intention to supply Ukraine with missiles.',
        '2024-10-01',
      ).modality,
    ).toBe('negated');
  });
  it('negated by a verb whose "to" complement does not happen ("declined to", "failed to", "refused to")', () => {
    const e = first('The United States declined to condemn Israel.');
    expect(e.code).toBe('111');
    expect(e.modality).toBe('negated');
    expect(first('India and Pakistan failed to agree on a bus service.', '2005-01-12').modality).toBe(
      'negated',
    );
    // an adverb may sit between "to" and the action
    expect(first('France failed to formally endorse the Russian plan.').modality).toBe('negated');
    // the verbs' own sense ("prices declined") negates nothing
    expect(first('Oil prices declined on Monday as Iran threatened Israel.').modality).toBe('threat');
    expect(first('After the talks failed, Russia attacked Ukraine.').modality).toBe('actual');
  });
  it('a passive infinitive reads the cue before its "to be" ("is expected to be condemned")', () => {
    expect(ev('Chile is expected to be condemned by the Arab League.', '2005-03-01')).toEqual([
      'ARL>CHL 111 future',
    ]);
    expect(ev('Chile was condemned by the Arab League.', '2005-03-01')).toEqual(['ARL>CHL 111 actual']);
  });
  it('a cue verb reaches its infinitive across a prepositional phrase ("agreed at the summit to hold talks")', () => {
    expect(ev('Bolivia agreed at the summit to hold talks with Chile.', '1987-03-01')).toEqual([
      'BOLGOV>CHL 036 future',
    ]);
    expect(ev('Bolivia hopes at the summit to sign a trade deal with Chile.', '1987-03-01')).toEqual([
      'BOLGOV>CHL 032 future',
    ]);
    // where the agreeing happened is no meeting agreed to
    expect(
      ev('Bolivia agreed at a meeting in La Paz to consider the proposal.', '1987-03-01').join(),
    ).not.toMatch(/036/);
  });
  it('an adjective of time to come puts an act noun ahead ("Russia\'s imminent invasion", "future attack")', () => {
    expect(ev("Russia's imminent invasion of Ukraine worries NATO.", '2022-02-01')).toEqual([
      'RUSGOV>UKR 1382 future',
    ]);
    expect(ev("Russia's invasion of Ukraine worries NATO.", '2022-03-01')).toEqual(['RUS>UKR 192 actual']);
  });
  it('what is said of a noun act that heads a subject ("a missile test may happen", "a blockade was unlikely")', () => {
    expect(ev('Intelligence suggests a North Korean missile test may happen soon.', '2013-04-12')).toEqual([
      'PRK>- 150 hypothetical',
    ]);
    expect(ev('They said an Iranian blockade of the Strait of Hormuz was unlikely.', '1987-06-01')).toEqual([
      'IRN>- 191 hypothetical',
    ]);
    // an owned act is there already; "will" puts it ahead
    expect(ev("Feldstein said Brazil's request for a loan would mean more credit.", '1987-03-01')).toEqual([
      'BRAGOV>- 0231 actual',
    ]);
    expect(
      ev('Prime Minister Yasuhiro Nakasone said his visit to Washington will be important.', '1987-04-20'),
    ).toEqual(['JPNGOV>USAGOV 036 future']);
  });
  it('"agreed not to <act>": the act named after "not to" is foresworn; the agreement itself stands', () => {
    expect(ev('Japan has agreed not to provide any new loans to Burma.', '1990-03-01')).toEqual([
      'JPNGOV>MMR 0331 negated',
    ]);
    // a pattern of the agreeing verb alone keeps its agreement
    expect(ev('Chile and Peru agreed not to publish the report.', '1990-03-01')).toContain(
      'CHLGOV>PERGOV 030 actual',
    );
  });
  it('an owned noun act is presupposed: a negation before its owner does not reach it ("did not reply to X\'s call")', () => {
    expect(ev("Peru did not reply to Colombia's call for a ceasefire.")).toEqual(['COLGOV>- 0256 actual']);
    expect(ev('Colombia did not call for a ceasefire.')).toEqual(['COLGOV>- 0256 negated']);
    // a modal before the owner still does ("would raise it during his visit to Washington")
    expect(ev('Kohl said he would raise the issue during his visit to Washington.', '1987-03-01')).toEqual([
      'DEUGOV>USAGOV 036 future',
    ]);
  });
  it('hypothetical: an act noun with "a"/"an"/"any" that is the subject of "would" ("an assault would threaten")', () => {
    const evs = code(
      'Egypt warned that an Israeli assault on Rafah would threaten the peace treaty.',
      '2024-05-25',
    ).events;
    expect(evs.find((e) => e.root === '19')?.modality).toBe('hypothetical');
    // told as done, it stays actual
    expect(first('An Israeli air strike on Rafah killed 20 people.', '2024-05-25').modality).toBe('actual');
  });
  it('negated by "yet to": not done so far ("has yet to sign", "is yet to recognise")', () => {
    expect(first('Hungary has yet to ratify the treaty.', '2024-01-01').modality).toBe('negated');
    expect(first('Ankara is yet to recognise the government in Nicosia.', '2024-01-01').modality).toBe(
      'negated',
    );
    // "yet" elsewhere negates nothing
    expect(first('Hungary ratified the treaty, yet Turkey waited.', '2024-01-01').modality).toBe('actual');
  });
  it('a refusal of cooperation or yielding is a rejection coded by what was refused (CAMEO 12)', () => {
    const release = first('Iran refused to release the detained sailors.', '2007-04-01');
    expect([release.code, release.modality]).toEqual(['1243', 'actual']);
    expect(first("Kenya's vice president declined to resign despite the protests.", '2007-04-01').code).toBe(
      '1231',
    );
    // an adverb between: "declined to formally endorse" is a rejection too
    expect(first('France declined to formally endorse the Russian plan.').code).toMatch(/^12/);
    // "declined to condemn" has no rejection code: the act stays negated (above)
  });
  it('future ("will", "pledged to", reported "would")', () => {
    expect(first('Japan will send aid to Turkey.', '2023-02-10').modality).toBe('future');
    expect(first('Trump has pledged to end the Ukraine war.').modality).toBe('future');
    expect(first('Peskov said that Moscow would respond.').modality).toBe('future');
  });
  it('hopes and aims are intents, not done deals ("hoping to strike a deal")', () => {
    const e = first(
      'The Canadian prime minister is hoping to strike a trade deal with Japan this year.',
      '2020-01-01',
    );
    expect(e.code).toMatch(/^03/);
    expect(
      first('Seoul is keen to reach an agreement with Tokyo on fishing rights.', '2020-01-01').code,
    ).toMatch(/^03/);
  });
  it('future cooperation is coded as a CAMEO intent (03x)', () => {
    const e = first('Finland will give Tanzania a grant of 580 million shillings.', '2000-06-01');
    expect(e.code.startsWith('03')).toBe(true);
    expect(e.plover.type).toBe('AGREE');
  });
  it('hypothetical ("could", "might", "likely to")', () => {
    expect(first('Analysts say Russia could attack Moldova.').modality).toBe('hypothetical');
    expect(first('Israel and Syria are likely to restart talks on Thursday.').modality).toBe('hypothetical');
    expect(first('Russia is unlikely to attack Finland.').modality).toBe('hypothetical');
    // an ability is no act: "can" as "able to"
    expect(first('Russia can strike Kyiv at any time.').modality).toBe('hypothetical');
  });
  it('a threatened attack is coded as a threat (138x)', () => {
    const e = first('North Korea will attack South Korea if the drills continue.', '2023-03-01');
    expect(e.code.startsWith('138')).toBe(true);
  });
});

describe('acts not asserted: hearsay and requests', () => {
  const of = (text: string, root: string, published = '2004-09-10') =>
    code(text, published).events.find((e) => e.code.startsWith(root));
  it('a direct yes/no question asserts nothing; a wh-question presupposes its act', () => {
    expect(first('Did North Korea kidnap the American?').modality).toBe('hypothetical');
    expect(first('Can China blockade Taiwan?').modality).toBe('hypothetical');
    expect(first('Sanctions row: will Russia invade Ukraine?').modality).toBe('hypothetical');
    expect(first('Why did Israel bomb the embassy in Damascus?').modality).toBe('actual');
    // the question ends at its question mark: the next sentence's act is asserted
    const evs = code(
      'He asked: "Did Iran attack the tanker?" Russia attacked Ukraine on Monday.',
      '2022-01-03',
    ).events;
    expect(evs.map((e) => [e.source?.code, e.modality])).toEqual([
      ['IRN', 'hypothetical'],
      ['RUS', 'actual'],
    ]);
  });
  it('an act in the "that" clause of a report or allegation noun is hypothetical', () => {
    expect(of('Moscow denied reports that Russian jets had bombed Georgian villages.', '19')?.modality).toBe(
      'hypothetical',
    );
    expect(of('Israel dismissed claims that its troops had killed the boy.', '19')?.modality).toBe(
      'hypothetical',
    );
    expect(
      of('Tehran denied an earlier report that it planned to attack tankers in the Gulf.', '1')?.modality,
    ).toBe('hypothetical');
    // the same words as a verb are reported speech, coded like any other; and the bare fact stays actual
    expect(of('Georgia claims that Russian jets bombed Georgian villages.', '19')?.modality).toBe('actual');
    expect(of('Russian jets bombed Georgian villages, Georgia said.', '19')?.modality).toBe('actual');
  });
  it('an act someone is accused or suspected of is alleged; suspected perpetrators still act', () => {
    expect(of('An Afghan court tried three US men accused of torture and kidnapping.', '18')?.modality).toBe(
      'hypothetical',
    );
    expect(
      of(
        'Sudanese rebels walked away from the talks in protest at alleged attacks on civilians by the Sudanese army.',
        '19',
      )?.modality,
    ).toBe('hypothetical');
    expect(
      of('Suspected communist rebels bombed the Philippine Military Academy.', '19', '1987-03-18')?.modality,
    ).toBe('actual');
  });
  it('a comparison is no act: "it\'s like cutting off someone\'s water"', () => {
    const d = code(
      'French digital minister Fleur Pellerin says "it\'s like cutting off someone\'s water."',
      '2012-01-01',
    );
    expect(d.events.filter((e) => e.modality === 'actual')).toEqual([]);
  });
  it('an act someone is asked or urged to do is hypothetical when the addressee is no actor', () => {
    expect(
      of(
        "Colombia's main rebel group asked followers to mount an assassination attempt against President Bush.",
        '18',
      )?.modality,
    ).toBe('hypothetical');
    expect(of('Russia launched a missile attack on Kyiv.', '19', '2023-01-10')?.modality).toBe('actual');
  });
});

describe('coordinated verbs share their modality', () => {
  it('"will hold talks with X and meet Y": the second act is as future as the first', () => {
    const d = code(
      'The Saudi leader will hold talks with Prime Minister Margaret Thatcher and meet Queen Elizabeth during the visit.',
      '1987-03-10',
    );
    expect(d.events.every((e) => e.modality === 'future')).toBe(true);
    expect(first('Russia did not attack the base and arrest the guards.', '2012-01-01').modality).toBe(
      'negated',
    );
    const done = code('Russian troops attacked the base and arrested the guards.', '2012-01-01').events;
    expect(done.map((e) => e.modality)).toEqual(['actual', 'actual']);
  });
});

describe('acts dated after the story', () => {
  it('a present-tense act dated later in the text is a plan: "visits China next week" is an intent', () => {
    const e = first(
      'Yugoslav Prime Minister Branko Mikulic visits West Germany next week to discuss the debt.',
      '1987-03-10',
    );
    expect([e.code, e.modality, e.date]).toEqual(['036', 'future', '1987-03-17']);
    expect(
      first(
        'Yugoslav Prime Minister Branko Mikulic visited West Germany last week to discuss the debt.',
        '1987-03-10',
      ).modality,
    ).toBe('actual');
    // a past verb whose sentence names a later date elsewhere stays what it says
    expect(
      first(
        'The Security Council imposed an arms embargo on Ivory Coast, to be reviewed in December.',
        '2004-11-16',
      ).modality,
    ).toBe('actual');
  });
});

describe('responses that are no threat', () => {
  it('"would respond positively if …" is a promise and "answer further questions" a reply; "respond in kind" threatens', () => {
    expect(
      code('Israel said it would respond positively if militants ceased attacks.', '2004-09-10').events,
    ).toEqual([]);
    expect(first('Russia will respond in kind if NATO expands.', '2004-09-10').code).toBe('130');
  });
});

describe('readiness and resolve', () => {
  it('"determined / committed / willing to" make the act intended, not done', () => {
    expect(first('Russia is determined to attack Ukraine again.', '2023-12-14').modality).toBe('future');
    expect(first('China is committed to holding talks with Japan.', '2023-12-14').code).toBe('036');
    expect(
      first('The United States would not be willing to discuss prices with Moscow.', '1987-03-16').modality,
    ).toBe('negated');
  });
  it('"working to" end an act makes the ending intended, not done', () => {
    expect(ev('Hamas is working to end rocket attacks on Israel.', '2006-10-01')).toEqual([
      'PSEREB>ISR 0356 future',
    ]);
  });
  it('"is prepared to" is no passive: its subject is the source', () => {
    const e = first('Armenia is prepared to respond if Azerbaijan attacks again.', '2023-12-14');
    expect([e.source?.code, e.target?.code, e.modality]).toEqual(['ARMGOV', 'AZE', 'conditional']);
  });
  it('readiness to defend or fight, promised as the answer to a condition, is a threat of force', () => {
    const e = first(
      '"Should anyone invade Estonia, they will meet a nation determined to fight," the Estonian prime minister said.',
    );
    expect([e.code, e.source?.code, e.modality]).toEqual(['138', 'ESTGOV', 'conditional']);
    expect(
      code('"We are fully prepared to defend our homeland," the Estonian prime minister said.').events,
    ).toEqual([]);
  });
});

describe('obligations ("must", "has to", "should")', () => {
  it("a reported obligation is the reporter's demand on the obliged actor, sub-coded by the act", () => {
    const e = first('A senior British minister said that Libya must hand over the bombers.', '2000-01-10');
    expect(e.code).toBe('1053');
    expect(e.source?.country).toBe('GBR');
    expect(e.target?.country).toBe('LBY');
    expect(e.modality).toBe('actual');
    expect(first('The EU said Serbia has to withdraw its troops from Kosovo.', '2000-01-10').code).toBe(
      '106',
    );
  });
  it('"should" is an appeal', () => {
    const e = first('Blinken said Israel should halt its attacks on Gaza.');
    expect(e.code).toBe('0256');
    expect(e.source?.country).toBe('USA');
    expect(e.target?.country).toBe('ISR');
  });
  it('unreported, or said of oneself, the act is only hypothetical; "had to" is done', () => {
    expect(first('Sudan must recognise Kosovo.', '2020-01-10').modality).toBe('hypothetical');
    const self = code('Putin said Russia must attack Ukraine.').events;
    expect(self.every((e) => e.modality === 'hypothetical' && e.code.startsWith('19'))).toBe(true);
    expect(self.length).toBeGreaterThan(0);
    expect(first('Russia had to withdraw its troops from Georgia.', '2009-01-10').modality).toBe('actual');
  });
});

describe('clauses that look like conditions but are not', () => {
  it('a clause-final "should" is the modal of an ellipsis, not an inverted condition', () => {
    const d = code('Turkey called on Greece to engage in a dialogue, as two neighbours and allies should.');
    expect(d.events.length).toBeGreaterThan(0);
    for (const e of d.events) expect([e.modality, e.condition]).toEqual(['actual', null]);
  });
  it('"if necessary", "if so": a hedge of a word or two, not a condition', () => {
    for (const hedge of ['if necessary', 'if so', 'if possible']) {
      const e = first(`Russia will attack Ukraine ${hedge}, the Kremlin said.`);
      expect(e.modality).toBe('future');
      expect(e.condition).toBeNull();
    }
    expect(first('Russia will attack Ukraine if NATO expands, the Kremlin said.').modality).toBe(
      'conditional',
    );
  });
  it('an indirect question ("asked whether", "wondering if") asserts nothing: its act is hypothetical', () => {
    for (const text of [
      'Diplomats asked Moscow whether it would attack Ukraine.',
      'Diplomats asked Moscow if it would attack Ukraine.',
      'The strikes left many diplomats wondering if France had declared war on the rebels.',
    ]) {
      const e = code(text).events.find((x) => x.root === '19');
      expect(e?.modality, text).toBe('hypothetical');
      expect(e?.condition).toBeNull();
    }
    const d = code(
      'It is unclear whether China will attack Taiwan, but the United States condemned the drills.',
    );
    expect(d.events.find((x) => x.root === '11')?.modality).toBe('actual'); // the question ends at the comma
  });
});

describe('conditions beyond a leading "if"', () => {
  it("with no comma, a subject pronoun and a modal after the condition's verb start the main clause", () => {
    const d = code(
      'Iran said that if Israel attacked again it would strike Israeli military bases.',
      '2024-10-02',
    );
    const e = d.events.find((x) => x.root === '19' || x.code.startsWith('138'));
    expect(e?.modality).toBe('conditional');
    expect(e?.condition?.text).toBe('if Israel attacked again');
    // "a position where it can ...": a relative clause stays inside the condition
    const r = code(
      'Israel will keep up the blockade unless Hamas is put in a position where it can no longer fire rockets at Israel.',
      '2024-10-02',
    );
    expect(r.events.filter((x) => x.root === '19' && x.modality === 'actual')).toEqual([]);
  });
  it('a condition inside what is said (", saying that if ...") does not govern the act before it', () => {
    const e = code(
      'Russia rejected the UN proposal, saying that if it passed it would paralyse the Security Council.',
      '2005-06-10',
    ).events.find((x) => x.root === '12');
    expect(e?.modality).toBe('actual');
    expect(e?.condition).toBeNull();
  });
  it('multi-word markers from the cue table ("providing that", "on condition that")', () => {
    for (const marker of ['providing that', 'on condition that', 'as long as']) {
      const e = first(`Iran will retaliate against Israel ${marker} Israel attacks its soil.`);
      expect(e.modality).toBe('conditional');
      expect(e.condition?.text).toBe(`${marker} Israel attacks its soil`);
    }
  });
  const ctx = 'Iranian Foreign Minister Abbas Araghchi spoke on Wednesday. ';
  it('a mid-sentence condition ends at the comma before its main clause', () => {
    const d = code(
      `${ctx}"We have finished our response, but if the Zionist regime attacks Iran again, our answer will be far harsher," he said.`,
      '2024-10-02',
    );
    const e = d.events.find((x) => x.rule === '13.answer_will_be');
    expect(e?.modality).toBe('conditional');
    expect(e?.condition?.text).toBe('if the Zionist regime attacks Iran again');
    expect(e?.source?.code).toBe('IRNGOV');
    expect(e?.target?.country).toBe('ISR'); // "the Zionist regime" is Israel's government
  });
  it('a comma inside a mid-sentence condition does not end it', () => {
    const d = code('Russia would respond, as it did before, if NATO troops, tanks or jets entered Belarus.');
    const e = d.events.find((x) => x.code.startsWith('13'));
    expect(e?.condition?.text).toBe('if NATO troops, tanks or jets entered Belarus');
  });
  it('"any X would ..." makes X the condition of its own clause only', () => {
    const d = code(
      'Iran on Sunday denied reports that it planned to close the strait and warned the United States that any interference in the region would have serious consequences.',
      '1987-03-01',
    );
    const deny = d.events.find((x) => x.code === '016');
    expect(deny?.modality).toBe('actual');
    const threat = d.events.find((x) => x.rule === '13.have_consequences');
    expect(threat?.modality).toBe('conditional');
    expect(threat?.condition?.text).toBe('any interference in the region');
    expect(`${threat?.source?.code}>${threat?.target?.code}`).toBe('IRNGOV>USA');
  });
  it('consequences: whoever reports them is the source, the subject that causes them the target', () => {
    const d = code(
      'Colombian President Cesar Gaviria said the U.S. attitude would have serious consequences for trade.',
      '1991-03-01',
    );
    const e = d.events.find((x) => x.rule === '13.have_consequences');
    expect(`${e?.source?.country}>${e?.target?.country}`).toBe('COL>USA');
    // no reporter named: no source, so no event rather than the subject threatening itself
    expect(code('The U.S. attitude would have serious consequences for trade.').events).toEqual([]);
  });
  it('"X will pay dearly", "X will bear the consequences": X is the target of whoever says it', () => {
    const d = code(
      'A senior Houthi official said the United States and Britain would pay dearly for the strikes.',
      '2024-01-12',
    );
    expect(d.events.map((x) => `${x.source?.code}>${x.target?.code} ${x.code} ${x.modality}`)).toEqual(
      expect.arrayContaining(['YEMREB>USA 130 future', 'YEMREB>GBR 130 future']),
    );
    const b = code(
      '"Tehran will bear the consequences," Israeli Prime Minister Benjamin Netanyahu said.',
      '2024-10-02',
    );
    expect(b.events.map((x) => `${x.source?.code}>${x.target?.code}`)).toContain('ISRGOV>IRNGOV');
    expect(code('Consumers paid a higher price for petrol last year, the ministry said.').events).toEqual([]);
  });
  it('consequences are a threat only when they are still to come', () => {
    const d = code(
      '"There will be consequences if they keep violating the ceasefire," Secretary of State Antony Blinken said.',
      '2023-06-01',
    );
    expect(d.events.map((x) => `${x.source?.code} ${x.code} ${x.modality}`)).toContain(
      'USAGOV 130 conditional',
    );
    expect(code('The war has had devastating consequences for Sudan, the UN said.').events).toEqual([]);
  });
});

describe('modality: goals after "until"', () => {
  it('"vowed to fight until they seize the villages": not yet done; "fought until they seized" happened', () => {
    const goal = code(
      'Albanian rebels have vowed to fight until they seize the villages near Tetovo.',
      '2001-03-01',
    );
    expect(goal.events.find((x) => x.trigger.text.startsWith('seize'))?.modality).not.toBe('actual');
    const done = code('Albanian rebels fought until they seized the villages near Tetovo.', '2001-03-01');
    expect(done.events.find((x) => x.trigger.text.startsWith('seized'))?.modality).toBe('actual');
  });
});

describe('requests: "wants X to", "told X to"', () => {
  const brief = (text: string, published = '2003-01-23') =>
    code(text, published).events.map(
      (e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`,
    );
  it("the act wished of or told to an object is the subject's appeal or demand, not done", () => {
    expect(brief('The Seoul government wants Tokyo to ease import restrictions.', '1987-03-17')).toEqual([
      'KORGOV>JPNGOV 0251 actual',
    ]);
    expect(brief('Washington told Beijing to release the activists.')).toEqual(['USAGOV>CHNGOV 1053 actual']);
    // a prediction or a wish without a named asker is only hypothetical
    expect(brief('Most expect Saudi Arabia to oppose a price increase.', '1987-06-19')).toEqual([
      'SAUGOV>- 110 hypothetical',
    ]);
  });
  it('an act one is allowed to do is only possible', () => {
    expect(brief('Deals are being sought to allow the UK to deport terror suspects.', '2005-01-01')).toEqual([
      'GBR>- 174 hypothetical',
    ]);
  });
  it('wanting to do it oneself is intent; an order to another state is a demand of its act, as telling is', () => {
    expect(brief('Washington wants to release the activists.')[0]).toMatch(/^USAGOV>.* 0353 future$/);
    expect(brief('Washington ordered Beijing to release the activists.')).toEqual([
      'USAGOV>CHNGOV 1053 actual',
    ]);
  });
});

describe('modality: ability, right and nearness', () => {
  const mod = (text: string, published = '1987-03-20') => code(text, published).events.map((e) => e.modality);
  it('an authority, right or ability to act is only possible', () => {
    // waiving the right is an act (085); imposing the duties it was a right to is not
    const d = code(
      'In return, the United States waived its right to impose duties on Japanese chips.',
      '1987-03-20',
    );
    expect(d.events.map((e) => `${e.code} ${e.modality}`)).toEqual(['085 actual', '163 hypothetical']);
    expect(mod('The bill extends U.S. authority to negotiate trade agreements with Canada.')).toEqual([
      'hypothetical',
      'hypothetical',
    ]);
  });
  it('being close to, on course to or tipped to act is future', () => {
    expect(mod('Japan is close to signing an agreement with India.', '2013-05-28')).toEqual(['future']);
    expect(mod('Tony Blair is tipped to ask the Queen to dissolve Parliament.', '2005-04-01')).toEqual([
      'future',
    ]);
    // "close to" a place is no modality
    expect(mod('Israeli troops shelled a village close to the border with Lebanon.', '2006-07-20')).toEqual([
      'actual',
    ]);
  });
});

describe('modality: "was to blame"', () => {
  it('is responsibility the reporter assigns, not a plan to blame', () => {
    const evs = code('Britain said Iran was to blame for the attack.', '2010-01-01').events;
    expect(evs.map((e) => `${e.source?.code}>${e.target?.code} ${e.code} ${e.modality}`)).toEqual([
      'GBRGOV>IRN 112 actual',
    ]);
    expect(
      code('He refused to say which side was to blame for the confrontation.', '1987-03-30').events,
    ).toEqual([]);
    // "is to" before another verb is still an arrangement
    expect(code('Putin is to visit China next week.', '2010-01-01').events[0].modality).toBe('future');
  });
});

describe('modality: the second of two requested infinitives', () => {
  it('"called on Greece to come and engage in a dialogue" asserts no dialogue', () => {
    const evs = code('Turkey called on Greece to come and engage in a dialogue.', '1987-03-28').events;
    expect(evs.map((e) => `${e.code} ${e.modality}`)).toEqual(['026 actual', '046 hypothetical']);
    // refusing to come and negotiate is still a refusal
    expect(
      code('Iran refused to come and negotiate with the EU.', '2010-01-01').events.map((e) => e.code),
    ).toEqual(['125']);
  });
});

describe('modality: a request named by a noun', () => {
  it('"a request for X to visit", "calls for the mayor to apologise" assert no visit or apology', () => {
    expect(
      code(
        'North Korea nixes request for South Korean businessmen to visit Kaesong.',
        '2013-04-17',
      ).events.map((e) => `${e.code} ${e.modality}`),
    ).toEqual(['042 hypothetical']);
    // the call itself is an appeal that was made (the apology would be the mayor's, of no known country here)
    expect(
      code('Mr Blair repeated calls for the mayor to apologise.', '2005-02-15').events.map(
        (e) => `${e.code} ${e.modality}`,
      ),
    ).toEqual(['020 actual']);
    expect(ev('Mr Blair repeated calls for the Russian ambassador to apologise.', '2005-02-15')[0]).toMatch(
      /^GBRGOV>RUSGOV 022 /,
    );
  });
});

describe('modality: a noun act a planning verb governs is not yet done', () => {
  it('"plan protest", "is preparing new sanctions" are future; "imposed new sanctions" actual', () => {
    expect(ev('Singaporeans plan protest as parliament debates population boost.', '2013-02-15')).toEqual([
      'SGPCVL>- 141 future',
    ]);
    expect(ev('The EU is preparing new sanctions on Russia.', '2014-07-16')[0]).toMatch(/ future$/);
    expect(ev('The EU imposed new sanctions on Russia.', '2014-07-16')).toEqual(['EU>RUS 163 actual']);
  });
});

describe('modality: a noun act takes the modality of the verb that governs it', () => {
  it('"sees no reason to join a meeting with" is negated; "a bill to withdraw" not yet done', () => {
    expect(
      ev(
        'North Korea says it sees no reason to join a working-level meeting with the United States.',
        '2004-08-16',
      ),
    ).toEqual(['PRKGOV>USA 040 negated']);
    expect(ev('Sharon and his cabinet finalised a bill to withdraw from Gaza.', '2005-02-16')[0]).toMatch(
      / future$/,
    );
    expect(ev('Russia did not launch air strikes on Aleppo.', '2016-02-16')).toEqual([
      'RUS>SYRCVL 195 negated',
    ]);
  });
});

describe('the month May is no modal', () => {
  it('keeps "the May 17 missile attack" and "last May" actual', () => {
    expect(
      ev(
        'Concerns were heightened by the May 17 Iraqi missile attack on the U.S. frigate Stark.',
        '1987-06-01',
      ),
    ).toEqual(['IRQ>USAMIL 195 actual']);
    expect(ev('South African troops last May attacked Botswana.', '1987-06-01')).toEqual([
      'ZAFMIL>BWA 190 actual',
    ]);
  });
  it('reads "may" before a verb as the modal', () => {
    expect(ev('Israel may strike Iran.', '2024-06-01')).toEqual(['ISR>IRN 190 hypothetical']);
  });
});

describe('a plot is not an act', () => {
  it('codes "plotting to bomb" as hypothetical', () => {
    expect(ev('Islamic militants were plotting to bomb a Strasbourg market.', '2004-11-20')).toEqual([
      'FRAREB>FRACVL 195 hypothetical',
    ]);
  });
});

describe('acts further inside an accusation are alleged', () => {
  it('codes "accused Khartoum of violating a ceasefire by killing 75 civilians" as hypothetical', () => {
    expect(
      ev('Rebels in Darfur accused Khartoum of violating a ceasefire by killing 75 civilians.', '2004-11-20'),
    ).toContain('SDNGOV>- 190 hypothetical');
  });
  it('leaves a participle clause of a told act actual', () => {
    expect(
      ev('Russian forces shelled Kharkiv, killing five civilians, officials said.', '2022-05-01'),
    ).toEqual(['RUSMIL>UKRCVL 194 actual']);
  });
});

describe('modality: coordinated verbs and agentless passives', () => {
  it('a bare verb after "and" shares the negation; an inflected one is a clause of its own', () => {
    expect(ev('Russia did not attack Kyiv and kill civilians.', '2022-03-01')).toEqual([
      'RUS>UKRCVL 190 negated',
    ]);
    expect(
      ev(
        'Treasury Secretary James Baker said there was no target for the dollar and called on Japan to stimulate growth.',
        '1987-03-23',
      ),
    ).toEqual(['USAGOV>JPN 020 actual']);
  });
  it("a quoted passive with no agent is not the speaker's act", () => {
    expect(ev('"Rain would be welcomed," the Ivory Coast agriculture ministry said.', '1987-03-23')).toEqual(
      [],
    );
    expect(
      ev('"This ignores the place occupied by agriculture," the Chinese minister said.', '1987-03-23'),
    ).toEqual([]);
    // an active quoted act with no subject of its own stays the speaker's
    expect(ev('"We will retaliate against Japan," the Chinese foreign minister said.', '2020-03-23')).toEqual(
      ['CHNGOV>JPN 130 threat'],
    );
  });
  it('rules and regulations to do something are plans', () => {
    expect(
      ev(
        'The Bank of England opposes the introduction of rules to shield companies from takeovers.',
        '1987-03-11',
      ),
    ).toContain('GBRGOV>- 0334 future');
  });
});

describe('modality: intent cues in the past', () => {
  it('"intended to visit" is a plan, not an act', () => {
    expect(ev('A delegation of Iraqis intended to visit Najaf.', '2004-08-17')).toEqual([
      'IRQCVL>- 036 future',
    ]);
  });
});

describe('modality: an infinitive after an indefinite noun', () => {
  it('says what the noun is for ("a specialist police unit to target gangs", "an Arab fund to assist")', () => {
    // (the gangs, of no known country, are the target: the place of their thefts is not)
    expect(
      ev(
        'Retailers will help fund a specialist police unit to target gangs fuelling thefts in England.',
        '2023-10-01',
      ),
    ).toEqual(['GBRCOP>- 1384 future']);
  });
  it('not after an ordinal or superlative, nor after a gathering that carries out its purpose', () => {
    expect(ev('He was the first British leader to visit Kyiv.', '2023-10-01')).toEqual([
      'GBRGOV>UKRGOV 042 actual',
    ]);
    expect(
      ev('Thousands of Spanish farmers held a march to demand a better deal from Brussels.', '1987-03-02'),
    ).toEqual(['ESPAGR>- 100 actual']);
  });
});

describe('modality: "even if" is a concession, not a condition', () => {
  it('the main clause is no conditional, and the conceded act is not coded', () => {
    expect(
      ev(
        'Miyazawa said he is sceptical about currency reference ranges even if major nations agree on such an idea.',
        '1987-03-01',
      ),
    ).toEqual(['JPNELI>- 012 actual']);
    expect(ev('Russia will respond even if NATO sends troops.', '2024-03-01')).toEqual([
      'RUSGOV>- 130 future',
    ]);
    expect(ev('Russia will respond if NATO sends troops.', '2024-03-01')).toEqual([
      'RUSGOV>NATO 130 conditional',
    ]);
  });
});

describe('modality: the noun of a negating verb before "to"', () => {
  it('negates the infinitive ("despite its unwillingness to sign", "failure to reach a deal")', () => {
    expect(
      ev(
        'Blair is pressing the US to act despite its unwillingness to sign the Kyoto Protocol.',
        '2005-03-01',
      ),
    ).toContain('USAGOV>- 057 negated');
    expect(
      ev("Canada's failure to reach a deal with the United States would be no calamity.", '1987-03-01'),
    ).toEqual(['CANGOV>USA 057 negated', 'USA>CANGOV 057 negated']);
  });
  it('and after an "of" phrase, whose actor does the act ("the reluctance of the EU to impose sanctions")', () => {
    expect(
      ev('Iran criticised the reluctance of the EU to impose sanctions on Israel.', '2005-03-01'),
    ).toEqual(['IRNGOV>EU 111 actual', 'EU>ISR 163 negated']);
    expect(ev('The refusal of Iran to allow inspectors angered the IAEA.', '2005-03-01')).toEqual([
      'IRNGOV>IAEA 0862 negated',
    ]);
  });
  it('while a willingness to act stays an intent', () => {
    expect(
      ev('Canada signalled its willingness to reach a deal with the United States.', '1987-03-01'),
    ).toEqual(['CANGOV>USA 030 future']);
  });
});

describe('modality: an actor\'s "of" phrase after a noun of intent', () => {
  it('makes its infinitive planned ("the recommendations of his council to curb", "the plan of the EU to impose")', () => {
    expect(ev('The plan of the EU to impose sanctions on Russia angered Moscow.', '2014-03-01')).toEqual([
      'EU>RUS 1312 future',
    ]);
    expect(
      ev(
        'Reagan might act on the recommendations of his Economic Policy Council to curb Japanese exports.',
        '1987-04-01',
      ),
    ).toEqual(['USAGOV>JPN 1312 future']);
  });
});
