/** The export formats (a module of its own so that the CLI can list them without loading the writers). */
export type ExportFormat = 'gdelt' | 'plover' | 'parquet' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gdelt', 'plover', 'parquet', 'jsonl', 'csv'];
