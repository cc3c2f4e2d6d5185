/** An article as ingested: the unit every stage works on. */
export interface Article {
  /** stable id: given by the source (JSONL id, RSS guid) or derived from the content hash */
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** publication date, ISO `YYYY-MM-DD` (or a full ISO datetime); null when unknown */
  published?: string | null;
}
