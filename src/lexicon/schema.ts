/**
 * Schemas of the lexicon data files in `lexicon/`. Every file is validated with these when loaded,
 * so a typo in a data file fails fast with a coded error instead of silently coding nothing.
 */
import { z } from 'zod';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO3 / CAMEO country code: three capital letters');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');

/** CAMEO actor roles/sectors Redline emits. */
export const ROLES = [
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'BUS',
  'MED',
  'CVL',
  'JUD',
  'LEG',
  'PTY',
  'ELI',
  'SPY',
  'IGO',
  'NGO',
  'COP',
  'INS',
  'SEP',
  'UAF',
  'LAB',
  'EDU',
  'REF',
  'HLH',
  'CRM',
  'AGR',
  'ENV',
  'HRI',
  'MOD',
  'RAD',
  'REL',
] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** lexicon/countries.yaml */
export const countryEntry = z.object({
  iso3,
  name: z.string(),
  /** other names: "the United States", "U.S.", "America", "Britain", "UK" */
  aliases: z.array(z.string()).default([]),
  /** adjectives / demonyms: "Russian", "Russians", "British", "Briton" */
  adjectives: z.array(z.string()).default([]),
  /** capital city; used as a metonym for the government ("Moscow said") */
  capital: z.string().nullable().default(null),
  /** true for UN members; false for observers, disputed and major non-members */
  unMember: z.boolean().default(true),
  /**
   * a state that seceded from another (South Sudan from Sudan): the day it became independent, and the code
   * of the state its territory belonged to before. Before that day its names, adjectives and capital code as
   * a place or people of `partOf`, and the capital stands for no government.
   */
  independence: isoDate.optional(),
  partOf: iso3.optional(),
});
export const countriesFile = z.object({ countries: z.array(countryEntry) });

/** lexicon/organizations.yaml: IGOs, blocs, regions, armed groups, NGOs */
export const orgEntry = z.object({
  /** code emitted as actor.org: NATO, EU, UN, UNSC, WST (the West), HMS (Hamas), ... */
  code: z.string().regex(/^[A-Z0-9]{2,6}$/),
  names: z.array(z.string()).min(1),
  /** adjectives: "Western" for WST, "European" is NOT here (it is a region) */
  adjectives: z.array(z.string()).default([]),
  /** `movement`: a protest or social movement (Occupy, the yellow vests), emitted with its country and role */
  kind: z.enum(['igo', 'bloc', 'region', 'ngo', 'armed-group', 'party', 'company', 'media', 'movement']),
  /** the CAMEO known-group code when it differs from `code` (NATO -> NAT, EU -> EEC, UN -> UNO) */
  cameo: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** home country for non-state domestic groups (Hamas -> PSE, Hezbollah -> LBN); null for IGOs */
  country: iso3.nullable().default(null),
  /** CAMEO role emitted with the actor (IGO for IGOs, REB/INS for armed groups, NGO, PTY, ...) */
  role: role.nullable().default(null),
  /** first and last day the organisation existed (ISO): outside them its names are not it ("the ICC" in 1987
   * is the Interstate Commerce Commission) */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export const orgsFile = z.object({ organizations: z.array(orgEntry) });

/** lexicon/places.yaml: sub-national places (cities, regions, conflict zones) -> country; never actors by themselves */
export const placeEntry = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  country: iso3,
  /** the region's people and what is theirs, read as the country's ("Tigrayan rebels" → ETH REB, "Chechens") */
  adjectives: z.array(z.string()).default([]),
});
export const placesFile = z.object({ places: z.array(placeEntry) });

/** lexicon/metonyms.yaml: "the Kremlin" -> RUS GOV */
export const metonymEntry = z.object({
  text: z.string(),
  country: iso3.nullable().default(null),
  org: z.string().nullable().default(null),
  role: role.nullable().default(null),
  /** another spelling of a capital ("Delhi", "Kiev"): it behaves as the capital does (a place before a noun) */
  capital: z.boolean().default(false),
  /**
   * a name that stands for this actor only in a story naming one of these countries elsewhere ("the North" is North
   * Korea in a story that names either Korea)
   */
  whenStoryNames: z.array(iso3).optional(),
  /**
   * other countries' bodies bear this name too (Canada's House of Commons): it stands for this actor on its own, but
   * a committee or office named after it ("the House of Commons Finance Committee") is not this country's
   */
  sharedName: z.boolean().optional(),
});
export const metonymsFile = z.object({ metonyms: z.array(metonymEntry) });

/** lexicon/roles.yaml: nouns that signal a role/sector ("defence ministry" -> MIL) */
export const roleEntry = z.object({
  role,
  /** head nouns / multiword nouns, lower case, singular and plural both listed when irregular */
  nouns: z.array(z.string()).min(1),
  /** person titles that signal the role when followed by a name ("General", "Minister") */
  titles: z.array(z.string()).default([]),
});
export const rolesFile = z.object({ roles: z.array(roleEntry) });

/** lexicon/people.yaml: people with date-bounded roles */
export const tenure = z.object({
  country: iso3.nullable().default(null),
  org: z.string().nullable().default(null),
  role,
  title: z.string(),
  start: isoDate,
  /** null = still in office */
  end: isoDate.nullable().default(null),
});
export const personEntry = z.object({
  name: z.string(),
  /** surface forms besides the full name: "Putin", "Xi", "Bibi" */
  aliases: z.array(z.string()).default([]),
  gender: z.enum(['m', 'f']).nullable().default(null),
  /** nationality when not in any office listed */
  country: iso3.nullable().default(null),
  /** role outside office: ELI for former leaders, OPP for opposition figures, null for none */
  defaultRole: role.nullable().default(null),
  tenures: z.array(tenure).default([]),
  /**
   * the day from which a one-word alias ("Bennett") names this person; before it the word is someone
   * else's name. Default: ten years before the first office listed (none listed: always).
   */
  publicSince: isoDate.optional(),
});
export const peopleFile = z.object({ people: z.array(personEntry) });

/**
 * lexicon/events/*.yaml: event patterns.
 * `pattern` syntax (see docs/lexicon.md): space-separated elements, the first literal is the trigger and
 * matches a token's lemma or lower-case text; `a|b` alternatives; `*` a gap of up to 5 tokens inside the
 * clause; `+` the target slot (an actor noun phrase, coordinated actors allowed); `$` a source slot;
 * `~word` a word that must NOT appear in the gap following the trigger (used rarely).
 */
export const eventPattern = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/),
  code: z.string().regex(/^\d{2,4}$/),
  pattern: z.string().min(1),
  /** restrict the trigger's part of speech */
  pos: z.enum(['VERB', 'NOUN', 'ADJ']).optional(),
  /** modality implied by the pattern itself ("threaten to" -> threat) */
  modality: z.enum(['threat', 'future', 'hypothetical']).optional(),
  /** the pattern only codes an event in these modalities ("respond" is a threat only when future/conditional) */
  requireModality: z
    .array(z.enum(['actual', 'threat', 'conditional', 'negated', 'future', 'hypothetical']))
    .optional(),
  /** PLOVER mode when the CAMEO->PLOVER table gives none (e.g. "drone" for drone strikes) */
  ploverMode: z.string().optional(),
  /** a mutual act: coordinated subjects without a target act on each other ("A and B exchanged fire",
   * "A and B agreed to a truce" -> A with B and B with A); roots 03-06 are treated so without the flag, and
   * `false` marks an act each subject does alone ("France and Jordan ratified the convention") */
  reciprocal: z.boolean().optional(),
  /** codes only such a mutual act: the pattern fires for coordinated subjects without a target ("India and
   * Pakistan met in Astana") and codes nothing for one subject ("met demand", "meets the criteria") */
  mutualOnly: z.boolean().optional(),
  /** the act's grammatical subject is its cause, not its author: the source is whoever reports it ("Gaviria
   * said the U.S. attitude would have serious consequences" -> COL threatens USA), the subject the target */
  reporterSource: z.boolean().optional(),
  /** another code when the source has one of these roles ("workers threatened to strike" is a labour strike
   * threat, 133, not an attack threat): role -> CAMEO code */
  sourceRoleCodes: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^\d{2,4}$/)).optional(),
  /** the pattern codes only when its target is an organisation ("left the EU", "quit ECOWAS"; "left Paris" is no
   * act): the target phrase must name an IGO, alliance, party or other body */
  targetOrg: z.boolean().optional(),
  /** the pattern codes only when its source is an organisation ("the African Union suspended Gabon": a body
   * suspending a member; "Kenya suspended the NGO" is no such act) */
  sourceOrg: z.boolean().optional(),
  /** the pattern codes only when its target is another country's than every source's ("ordered French troops to
   * leave" expels them; "ordered Russian troops to leave Kherson" is Russia's own retreat) */
  foreignTarget: z.boolean().optional(),
  /** the pattern codes only when its target is a town, region or capital ("captured Bakhmut", "retook Kabul";
   * "captured two soldiers" is an abduction, "seized the tanker" a seizure) */
  targetPlace: z.boolean().optional(),
  /** the pattern codes only when its target is a person or people one hosts (a named person, a title,
   * ministers, a delegation: cues personNouns, guestNouns): "received the visiting ministers"; "received
   * Russian weapons" is no hosting */
  targetPerson: z.boolean().optional(),
  /** the pattern codes only when a source has one of these CAMEO roles ("Israeli ground forces entered southern
   * Lebanon" is an incursion; "the president entered the country" is none) */
  sourceRoles: z.array(z.string()).optional(),
  /** another code when the target is an organisation ("withdrew from the Council of Europe" leaves a body, 160;
   * "withdrew from Kherson" is a retreat) */
  targetOrgCode: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  /**
   * words (lemmas) right before the trigger that make it another sense: a body "charged with recovering" the
   * wealth is tasked with it, not indicted
   */
  notAfter: z.array(z.string()).optional(),
  /**
   * head nouns (lemmas) of the object right after the trigger that make it another sense: "threaten democracy",
   * "threatened the global trading system" endanger a thing; no one is threatened
   */
  notObject: z.array(z.string()).optional(),
  /**
   * the pattern codes only in the passive, with one of these head nouns (lemmas) right before it or its auxiliary:
   * "a US drone was shot down by Houthi forces" (the drone's owner the target); "the plan was shot down" is none
   */
  passiveHead: z.array(z.string()).optional(),
  /** the pattern codes only when its condition names an actor: a deterrent answers someone's act ("if Manila
   * continues its provocations"), "if inflation keeps rising" is policy talk */
  conditionActor: z.boolean().optional(),
  /** the target slot takes no possessor of a thing: one meets or hosts people, not "its targets", "their
   * needs", "firms' concerns" or "children's shows" ("met Russia's foreign minister" still codes) */
  targetNotPossessor: z.boolean().optional(),
  /** the target slot takes no actor of these roles: an order to forces ("ordered the Pentagon to send air defenses
   * to Israel") is a command inside a state, its content the act that codes */
  targetNotRoles: z.array(z.string()).optional(),
  /** the target slot takes only a coded actor: "warned Turkey to respect the treaty" warns a state, "warned residents
   * to avoid rodents" is an advisory */
  targetCoded: z.boolean().optional(),
  /** the verb the pattern governs stays free to code on its own (a demand sub-coded by its act, which the sentence
   * keeps over this pattern's general code): "ordered Beijing to release the activists" */
  freeContent: z.boolean().optional(),
  /** with no target in its sentence, the target is the other side the story just named, as for a threat ("days
   * after Biden allowed Kyiv to use the weapons ... Washington had approved the use of the missiles": Ukraine) */
  storyTarget: z.boolean().optional(),
  note: z.string().optional(),
});
export const eventsFile = z.object({
  root: z.string().regex(/^\d{2}$/),
  patterns: z.array(eventPattern),
});

export type CountryEntry = z.infer<typeof countryEntry>;
export type OrgEntry = z.infer<typeof orgEntry>;
export type MetonymEntry = z.infer<typeof metonymEntry>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type PersonEntry = z.infer<typeof personEntry>;
export type Tenure = z.infer<typeof tenure>;
export type EventPattern = z.infer<typeof eventPattern>;
