import { z } from 'zod';

export const cuesFile = z.object({
  speechVerbs: z.array(z.string()),
  accordingTo: z.array(z.string()),
  negation: z.array(z.string()),
  negationVerbs: z.array(z.string()),
  forbidToVerbs: z.array(z.string()).default([]),
  attempt: z.array(z.string()).default([]),
  futureModals: z.array(z.string()),
  future: z.array(z.string()),
  hypothetical: z.array(z.string()),
  hypotheticalAdjectives: z.array(z.string()),
  futureAdjectives: z.array(z.string()),
  hypotheticalPhrases: z.array(z.string()).default([]),
  conditionMarkers: z.array(z.string()),
  personPronouns: z.record(z.string(), z.enum(['m', 'f'])),
  groupPronouns: z.array(z.string()),
  personNouns: z.array(z.string()).default([]),
  guestNouns: z.array(z.string()).default([]),
  visitorNouns: z.array(z.string()).default([]),
  genericPersonNouns: z.array(z.string()).default([]),
  nameHeads: z.array(z.string()).default([]),
  namePrefixes: z.array(z.string()).default([]),
  adjectiveRoleNouns: z.array(z.string()).default([]),
  ofIntentNouns: z.array(z.string()).default([]),
  stateBodyHeads: z.array(z.string()).default([]),
  abstractObjects: z.array(z.string()).default([]),
  proceedingNouns: z.array(z.string()).default([]),
  blastNouns: z.array(z.string()).default([]),
  planVerbs: z.array(z.string()).default([]),
  toleranceVerbs: z.array(z.string()).default([]),
  refusalVerbs: z.array(z.string()).default([]),
  cessationVerbs: z.array(z.string()).default([]),
  putOffVerbs: z.array(z.string()).default([]),
  otherPartyNouns: z.array(z.string()).default([]),
  peopleNouns: z.array(z.string()).default([]),
  statementNouns: z.array(z.string()).default([]),
  statementVerbs: z.array(z.string()).default([]),
  lightVerbs: z.array(z.string()).default([]),
  firstPersonPronouns: z.array(z.string()),
  locativePrepositions: z.array(z.string()),
  placeNouns: z.array(z.string()),
  civilianPlaceNouns: z.array(z.string()).default([]),
  nonActorNouns: z.array(z.string()),
  redLineTerms: z.array(z.string()).default([]),
  redLineCivilRoles: z.array(z.string()).default([]),
  indirectQuestionWords: z.array(z.string()).default([]),
  orgAnaphors: z.array(z.string()).default([]),
  partitiveNouns: z.array(z.string()).default([]),
  patientVerbs: z.array(z.string()).default([]),
  hearsayNouns: z.array(z.string()).default([]),
  requestVerbs: z.array(z.string()).default([]),
  wishVerbs: z.array(z.string()).default([]),
  appealForVerbs: z.array(z.string()).default([]),
  mandativeVerbs: z.array(z.string()).default([]),
  tellVerbs: z.array(z.string()).default([]),
  urgeVerbs: z.array(z.string()).default([]),
  permitVerbs: z.array(z.string()).default([]),
  redLineHorizonDays: z.number().int().positive().default(730),
  witnessVerbs: z.array(z.string()).default([]),
  attackNouns: z.array(z.string()).default([]),
  infinitiveNouns: z.array(z.string()).default([]),
  otherActMarkers: z.array(z.string()).default([]),
  litotesVerbs: z.array(z.string()).default([]),
  possibilityVerbs: z.array(z.string()).default([]),
});
export type CuesFile = z.infer<typeof cuesFile>;

/** the cue tables as sets for O(1) lookups */
export interface Cues {
  speechVerbs: Set<string>;
  accordingTo: string[];
  negation: Set<string>;
  negationVerbs: Set<string>;
  /** verbs that forbid their object's act (lemmas) */
  /** phrases of an attempt under way before an act (words) */
  attempt: string[][];
  /** verbs that forbid their object's act through a "to" infinitive (lemmas) */
  forbidToVerbs: Set<string>;
  futureModals: Set<string>;
  /** multi-word phrases, split into words */
  future: string[][];
  hypothetical: Set<string>;
  hypotheticalAdjectives: Set<string>;
  /** adjectives that put an act noun after them ahead ("Germany's future attack on Poland", "the planned visit") */
  futureAdjectives: Set<string>;
  /** split into words */
  hypotheticalPhrases: string[][];
  /** split into words */
  conditionMarkers: string[][];
  personPronouns: Map<string, 'm' | 'f'>;
  groupPronouns: Set<string>;
  /** singular role nouns naming one person (a he/she antecedent) */
  personNouns: Set<string>;
  /** plural nouns for people one receives or hosts ("received ministers", "hosted a delegation") */
  guestNouns: Set<string>;
  /** role nouns for people who are not of the place they are in ("settlers in the West Bank") */
  visitorNouns: Set<string>;
  /** civilian nouns that name a person by sex or age: no role before a name ("No. 2 man Ayman Zawahiri") */
  genericPersonNouns: Set<string>;
  /** heads of names that end in "of" + a place ("Boy Scouts of America"): the place is no actor there */
  nameHeads: Set<string>;
  /** capitalised words that open a company's name with a place ("Air Canada", "Radio France"): the place is no actor */
  namePrefixes: Set<string>;
  /** role nouns whose adjective before a noun means something else ("a firm commitment", "daily exports") */
  adjectiveRoleNouns: Set<string>;
  /** nouns whose "of" actor's infinitive is planned or proposed, not done ("the plan of Israel to build") */
  ofIntentNouns: Set<string>;
  stateBodyHeads: Set<string>;
  /** objects that make a force verb a figure of speech ("killed the plan") */
  abstractObjects: Set<string>;
  /** nouns of a legal proceeding or its record: a violence noun before one names its topic ("assault cases") */
  proceedingNouns: Set<string>;
  /** nouns of a blast or of unrest: a country's name before one is where it happened ("Iraq bombings") */
  blastNouns: Set<string>;
  /** verbs whose noun object is an act not yet done ("plan protest", "preparing sanctions"), by lemma */
  planVerbs: Set<string>;
  /** verbs whose negated future is a threat ("will not tolerate"), by lemma */
  toleranceVerbs: Set<string>;
  /** negation verbs (lemmas) that make the governed act a rejection ("declined to resign") */
  refusalVerbs: Set<string>;
  /** verbs that end the act whose gerund follows them ("stopped supplying gas"), by lemma */
  cessationVerbs: Set<string>;
  /** verbs that put off an act named by their noun object ("delays missile test"), by lemma */
  putOffVerbs: Set<string>;
  /** nouns for an actor's counterparts ("Russia's allies"): owned by an actor, they name other parties */
  otherPartyNouns: Set<string>;
  /** ethnic and religious group nouns: a country adjective before one names that country's civilians */
  peopleNouns: Set<string>;
  /** documents an actor issues ("issued a statement condemning"): a participle after one is the issuer's act */
  statementNouns: Set<string>;
  /** verbs (lemmas) that issue a statement noun */
  statementVerbs: Set<string>;
  /** verbs (lemmas) that make a following act noun their subject's act ("launched strikes", "approved an arms sale") */
  lightVerbs: Set<string>;
  firstPersonPronouns: Set<string>;
  locativePrepositions: Set<string>;
  placeNouns: Set<string>;
  civilianPlaceNouns: Set<string>;
  nonActorNouns: Set<string>;
  redLineTerms: string[];
  redLineCivilRoles: Set<string>;
  indirectQuestionWords: Set<string>;
  orgAnaphors: Set<string>;
  /** nouns of a part or a number of a group, before "of" ("a group of deputies", "members of") */
  partitiveNouns: Set<string>;
  /** verbs (lemmas) whose subject undergoes the act their object names ("face deportation") */
  patientVerbs: Set<string>;
  /** nouns whose "that" clause is hearsay, not asserted ("reports that", "allegations that") */
  hearsayNouns: Set<string>;
  /** verbs (lemmas) asking someone to act ("asked followers to mount"): the act is not asserted */
  requestVerbs: Set<string>;
  /** "Seoul wants Tokyo to ease curbs": the subject's appeal to the object (obligation.ts) */
  wishVerbs: Set<string>;
  /** verbs that ask for someone to act with "for" between ("called for Israel to withdraw") */
  appealForVerbs: Set<string>;
  /** verbs whose "(that) X <base verb>" asks X to act ("demanded that France grant asylum") */
  mandativeVerbs: Set<string>;
  /** "told Beijing to release": the subject's demand on the object */
  tellVerbs: Set<string>;
  urgeVerbs: Set<string>;
  /** "a deal to allow the UK to deport suspects": the object's act is only made possible */
  permitVerbs: Set<string>;
  /** days after a red line is drawn during which later events can meet it */
  redLineHorizonDays: number;
  /** verbs (lemmas) whose object act happened ("residents reported army air strikes") */
  witnessVerbs: Set<string>;
  /** nouns naming an armed attack that can be a force verb's subject ("Russian shelling killed ...") */
  attackNouns: Set<string>;
  /** nouns whose "to" infinitive is their owner's act ("Russia's decision to grant asylum") */
  infinitiveNouns: Set<string>;
  /** words after an act that start another one: a date after them is not the act's ("… after talks last week") */
  otherActMarkers: Set<string>;
  /** verbs whose negation asserts the act: "would not hesitate to strike" (lemmas) */
  litotesVerbs: Set<string>;
  /** verbs whose negation leaves the act open: "did not rule out strikes" (lemmas) */
  possibilityVerbs: Set<string>;
}

export function compileCues(f: CuesFile): Cues {
  return {
    speechVerbs: new Set(f.speechVerbs),
    accordingTo: f.accordingTo,
    negation: new Set(f.negation),
    negationVerbs: new Set(f.negationVerbs),
    forbidToVerbs: new Set(f.forbidToVerbs),
    attempt: f.attempt.map(words),
    futureModals: new Set(f.futureModals),
    future: f.future.map(words),
    hypothetical: new Set(f.hypothetical),
    hypotheticalAdjectives: new Set(f.hypotheticalAdjectives),
    futureAdjectives: new Set(f.futureAdjectives),
    hypotheticalPhrases: f.hypotheticalPhrases.map(words),
    conditionMarkers: f.conditionMarkers.map(words),
    personPronouns: new Map(Object.entries(f.personPronouns)),
    groupPronouns: new Set(f.groupPronouns),
    personNouns: new Set(f.personNouns),
    guestNouns: new Set(f.guestNouns),
    visitorNouns: new Set(f.visitorNouns),
    genericPersonNouns: new Set(f.genericPersonNouns),
    nameHeads: new Set(f.nameHeads),
    namePrefixes: new Set(f.namePrefixes),
    adjectiveRoleNouns: new Set(f.adjectiveRoleNouns),
    ofIntentNouns: new Set(f.ofIntentNouns),
    stateBodyHeads: new Set(f.stateBodyHeads.flatMap((w) => w.split(/\s+/))),
    abstractObjects: new Set(f.abstractObjects),
    proceedingNouns: new Set(f.proceedingNouns),
    blastNouns: new Set(f.blastNouns),
    planVerbs: new Set(f.planVerbs),
    toleranceVerbs: new Set(f.toleranceVerbs),
    refusalVerbs: new Set(f.refusalVerbs),
    cessationVerbs: new Set(f.cessationVerbs),
    putOffVerbs: new Set(f.putOffVerbs),
    otherPartyNouns: new Set(f.otherPartyNouns),
    peopleNouns: new Set(f.peopleNouns),
    statementNouns: new Set(f.statementNouns),
    statementVerbs: new Set(f.statementVerbs),
    lightVerbs: new Set(f.lightVerbs),
    firstPersonPronouns: new Set(f.firstPersonPronouns),
    locativePrepositions: new Set(f.locativePrepositions),
    placeNouns: new Set(f.placeNouns),
    civilianPlaceNouns: new Set(f.civilianPlaceNouns),
    nonActorNouns: new Set(f.nonActorNouns),
    redLineTerms: f.redLineTerms,
    redLineCivilRoles: new Set(f.redLineCivilRoles),
    indirectQuestionWords: new Set(f.indirectQuestionWords),
    orgAnaphors: new Set(f.orgAnaphors),
    partitiveNouns: new Set(f.partitiveNouns),
    patientVerbs: new Set(f.patientVerbs),
    hearsayNouns: new Set(f.hearsayNouns),
    requestVerbs: new Set(f.requestVerbs),
    wishVerbs: new Set(f.wishVerbs),
    appealForVerbs: new Set(f.appealForVerbs),
    mandativeVerbs: new Set(f.mandativeVerbs),
    tellVerbs: new Set(f.tellVerbs),
    urgeVerbs: new Set(f.urgeVerbs),
    permitVerbs: new Set(f.permitVerbs),
    redLineHorizonDays: f.redLineHorizonDays,
    witnessVerbs: new Set(f.witnessVerbs),
    attackNouns: new Set(f.attackNouns),
    infinitiveNouns: new Set(f.infinitiveNouns),
    otherActMarkers: new Set(f.otherActMarkers),
    litotesVerbs: new Set(f.litotesVerbs),
    possibilityVerbs: new Set(f.possibilityVerbs),
  };
}

function words(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean);
}
