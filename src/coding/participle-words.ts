/**
 * Word tables of the passive-voice rules (passives.ts): participle forms and the verb families whose participles read
 * as passives in reduced relatives and headlines.
 */

export const PASSIVE_AUX = /^(was|were|is|are|been|being|be|got|get|gets|'s|stood|stands|stand|standing)$/;
export const IRREGULAR_PARTICIPLES =
  /^(hit|shot|struck|beaten|seized|taken|held|met|sent|given|shelled|slain|killed|caught|brought|fought|built|sought|bought|thrown|driven)$/;
/**
 * participles whose form is never a simple past: with no "have" before them they are passive or adjectival
 * ("Mexican mayor beaten to death", "commander taken hostage"), never a subject's finite verb
 */
export const PARTICIPLE_ONLY =
  /^(beaten|taken|stolen|driven|thrown|shown|seen|written|broken|chosen|spoken|bitten|hidden|shaken|sworn|torn|blown|drawn|overthrown|withdrawn|undertaken|forbidden|given|ridden|frozen|slain|forgiven|mistaken|overtaken|rewritten)$/;
export const HAVE = /^(have|has|had|having|'ve)$/;
export const OBJECT_BEFORE_TO =
  /^(urged|asked|told|ordered|pressed|pressured|forced|invited|advised|encouraged|requested)$/;

/** participles that are adjectives before "to" + verb: "is prepared / determined to respond" is no passive */
export const ADJECTIVAL_BEFORE_TO = /^(prepared|determined|poised|committed|resolved|inclined|disposed)$/;

/**
 * verbs whose participle after a noun and before a preposition is a reduced relative or a headline's passive:
 * "those blamed for the attack", "a man accused of", "Palestinian man arrested for being an atheist", "Houston
 * woman jailed over sign" (each takes its object right after it when active: "police arrested him for")
 */
export const REDUCED_RELATIVE =
  /^(accused|blamed|charged|suspected|convicted|sentenced|wanted|arrested|detained|jailed|imprisoned|kidnapped|abducted|executed|deported|expelled|tortured|beheaded|hanged|stabbed|indicted|prosecuted|fined|questioned|interrogated|investigated|sued|impeached|ousted|deposed|banned|barred|extradited|freed|released|pardoned|acquitted)$/;

/**
 * participles of giving that are a reduced relative when "to" and its receiver follow them at once ("the cash offered
 * to Central America", "the arms sold to Iran"): the active verb takes the thing given first ("offered aid to")
 */
export const GIVEN_TO =
  /^(offered|given|sent|provided|granted|promised|pledged|sold|supplied|delivered|lent|loaned|extended|shipped|donated|exported)$/;

/**
 * participles of violence that are a reduced relative after their victim when a preposition follows ("the Indian
 * activist killed for asking questions", "two soldiers wounded in the blast"); the active verb takes its object
 * first, or a quantity ("killed at least 12", "killed over 100", "wounded up to 40")
 */
export const REDUCED_RELATIVE_HARM =
  /^(killed|wounded|injured|slain|murdered|assassinated|massacred|lynched|hurt)$/;
/** participles of praise and blame, whose active verb takes its object before the reason ("criticised X for") */
export const JUDGED =
  /^(criticised|criticized|condemned|slammed|censured|rebuked|reprimanded|praised|hailed|lauded|commended|mocked|ridiculed|denounced|blasted|faulted|thanked|honoured|honored|punished|rewarded|castigated|lambasted|chided)$/;
/** participles of belief that report a passive state ("feared kidnapped", "believed killed", "presumed dead") */
export const BELIEF_PARTICIPLE =
  /^(feared|believed|presumed|thought|reported|reputed|understood|alleged|rumoured|rumored)$/;
/** participles of an assault that a headline uses as a passive before a place ("attacked in Germany") */
export const HEADLINE_ASSAULT =
  /^(attacked|assaulted|beaten|ambushed|raided|targeted|harassed|bombed|shelled|shot|stabbed|killed|wounded|injured|murdered|abducted|kidnapped)$/;
