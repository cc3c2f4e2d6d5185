/**
 * The codes of acts that are only threatened or promised: CAMEO codes a threatened force as 13x and a promised
 * cooperative act as 03x. Word tables, kept apart from the modality reading (modality.ts).
 */
/** CAMEO codes actions that are only threatened (future or conditional) as 13x threats */
const THREAT_CONVERSION: Array<[RegExp, string]> = [
  [/^204|^20/, '1385'],
  [/^191/, '1381'],
  [/^192/, '1382'],
  [/^19/, '1384'],
  [/^18/, '1383'],
  [/^17/, '137'],
  [/^163/, '1312'],
  [/^161/, '1313'],
  [/^162/, '1311'],
  [/^164/, '134'],
  [/^165/, '135'],
  [/^166/, '136'],
  [/^16/, '131'],
  [/^15/, '138'],
];

export function threatCodeFor(code: string): string | null {
  for (const [re, to] of THREAT_CONVERSION) if (re.test(code)) return to;
  return null;
}

/**
 * CAMEO (and PLOVER AGREE) code cooperative acts that are only promised as 03x intents:
 * "Portugal will support Turkey" is 032, "Finland will give Tanzania a grant" is 0331.
 */
const INTENT_CONVERSION: Array<[RegExp, string]> = [
  [/^061/, '0311'],
  [/^062/, '0312'],
  [/^063/, '0313'],
  [/^064/, '0314'],
  [/^06/, '031'],
  [/^071/, '0331'],
  [/^072/, '0332'],
  [/^073/, '0333'],
  [/^074/, '0334'],
  [/^07/, '033'],
  [/^081/, '0351'],
  [/^082/, '0352'],
  [/^084/, '0353'],
  [/^085/, '0354'],
  [/^086/, '0355'],
  [/^087/, '0356'],
  [/^08/, '035'],
  [/^04/, '036'],
  [/^05/, '032'],
];

export function intentCodeFor(code: string): string | null {
  for (const [re, to] of INTENT_CONVERSION) if (re.test(code)) return to;
  return null;
}
