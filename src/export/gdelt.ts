/**
 * GDELT 2.0 event table export: tab-separated, no header, exactly the 61 codebook columns in order.
 * Fields GDELT fills from its own geocoder and tone model (geo, AvgTone) are left empty / 0.
 * GDELT has no modality: filter with `where.modality` to keep e.g. only actual events.
 */
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ActorRef } from '../model/event.js';
import { datePeriod } from '../store/dates.js';
import type { StoredEvent } from '../store/repository.js';
import { oneLine, openSink } from './write.js';

/** GDELT 2.0 event table columns, codebook order (GDELT-Event_Codebook-V2.0) */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

/** stable integer id: the first 12 hex digits (48 bits) of sha1(event id) */
export function globalEventId(eventId: string): number {
  return parseInt(createHash('sha1').update(eventId).digest('hex').slice(0, 12), 16);
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  const doy = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
  return (y + doy / days).toFixed(4);
}

/** ISO datetime → YYYYMMDDHHMMSS */
function dateAdded(iso: string | null): string {
  const d = iso ? new Date(iso) : new Date();
  const t = Number.isNaN(d.getTime()) ? new Date() : d;
  return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function actorFields(a: ActorRef | null): string[] {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3
  if (!a) return Array<string>(10).fill('');
  return [a.code, a.name, a.country ?? '', a.org ?? '', '', '', '', a.role ?? '', '', ''].map(oneLine);
}

/** one event → the 61 GDELT fields */
export function gdeltFields(e: StoredEvent): string[] {
  const day = datePeriod(e.date)?.start ?? null; // coarse dates padded with 01
  const a1 = actorFields(e.source);
  const a2 = actorFields(e.target);
  const vals: string[] = [
    String(globalEventId(e.id)),
    day ? day.replace(/-/g, '') : '',
    day ? day.slice(0, 4) + day.slice(5, 7) : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    ...a1,
    ...a2,
    '1',
    oneLine(e.code),
    oneLine(e.code.slice(0, 3)),
    oneLine(e.root),
    String(e.quadClass),
    String(e.goldstein),
    String(e.numMentions),
    String(e.numSources),
    String(e.numArticles),
    '0',
    ...Array<string>(24).fill(''),
    dateAdded(e.ingestedAt),
    oneLine(e.articleUrl),
  ];
  if (vals.length !== GDELT_COLUMNS.length) throw new Error(`GDELT row has ${vals.length} fields`);
  return vals;
}

export function gdeltLine(e: StoredEvent): string {
  return `${gdeltFields(e).join('\t')}\n`;
}

export async function writeGdelt(
  events: AsyncIterable<StoredEvent>,
  out: string | Writable,
): Promise<number> {
  const sink = openSink(out);
  let n = 0;
  for await (const e of events) {
    await sink.write(gdeltLine(e));
    n++;
  }
  await sink.end();
  return n;
}
