// The one error a file can fail with while it is opened or read, with a stable code and a message for people.

export type ImportFileErrorCode =
  "EMPTY_FILE" | "NO_HEADER" | "UNSUPPORTED_FORMAT" | "TOO_MANY_ROWS" | "TOO_MANY_COLUMNS" | "MALFORMED";

export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  /** The spreadsheet row the problem was found on, when known. */
  readonly rowNumber?: number;

  constructor(code: ImportFileErrorCode, message: string, rowNumber?: number) {
    super(message);
    this.name = "ImportFileError";
    this.code = code;
    this.rowNumber = rowNumber;
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError;
}
