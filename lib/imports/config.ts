// Import limits and batch sizes, configurable by environment (read at call time so tests can vary them).

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const importConfig = {
  /** IMPORT_MAX_FILE_MB (default 200): larger uploads are refused with a 413. */
  maxFileBytes: () => Math.floor(positive("IMPORT_MAX_FILE_MB", 200) * 1024 * 1024),
  /** IMPORT_MAX_ROWS (default 1,000,000 data rows). */
  maxRows: () => Math.floor(positive("IMPORT_MAX_ROWS", 1_000_000)),
  maxColumns: () => 200,
  /** The uploaded file is stored in pieces of this size. */
  chunkBytes: () => Math.floor(positive("IMPORT_CHUNK_BYTES", 1024 * 1024)),
  /** Rows written per transaction (and per checkpoint). */
  batchRows: () => Math.floor(positive("IMPORT_BATCH_ROWS", 1000)),
  /** Rows staged per insert while the file is read. */
  stageRows: () => Math.floor(positive("IMPORT_STAGE_ROWS", 5000)),
  sampleRows: 20,
  previewRows: 50,
};
