// Errors shaped like Apps Script's: name 'Exception', so String(e) reads "Exception: <message>".

export class EmuException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Messages the real services use, kept in one place so tests and services agree on the wording. */
export const messages = {
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  rowCountMismatch: (data: number, range: number) =>
    'The number of rows in the data does not match the number of rows in the range. ' +
    `The data has ${data} but the range has ${range}.`,
  columnCountMismatch: (data: number, range: number) =>
    'The number of columns in the data does not match the number of columns in the range. ' +
    `The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  allNonFrozenRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  allNonFrozenColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  argumentTooLarge: (what: string) => `Argument too large: ${what}`,
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  invalidArgument: (what: string) => `Invalid argument: ${what}`,
} as const;
