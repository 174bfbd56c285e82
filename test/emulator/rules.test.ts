// Conditional formats, data validation and protection: what the add-on sets and what users would see.

import { setup } from './helpers';

function registerWithDueDates(dueDates: string[]) {
  const context = setup();
  const { sheet } = context;
  sheet
    .getRange(1, 1, dueDates.length + 1, 3)
    .setValues([
      ['order', 'due', 'status'],
      ...dueDates.map((due, i) => [`2026-00${i + 1}`, due, i === 0 ? 'bezahlt' : 'offen']),
    ]);
  return context;
}

describe('conditional formatting', () => {
  test('a custom formula is relative to the top-left cell of the rule range', () => {
    const { emu, sheet, SpreadsheetApp } = registerWithDueDates(['2026-06-01', '2026-06-10', '2026-07-01']);
    const overdue = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B2<>"",$B2<TODAY(),$C2<>"bezahlt")')
      .setBackground('#F4CCCC')
      .setRanges([sheet.getRange('A2:C100')])
      .build();
    sheet.setConditionalFormatRules([overdue]);
    expect(emu.effectiveStyle(sheet, 2, 1)).toEqual({});
    expect(emu.effectiveStyle(sheet, 3, 1)).toEqual({ background: '#f4cccc' });
    expect(emu.effectiveStyle(sheet, 4, 3)).toEqual({});
    expect(emu.effectiveStyle(sheet, 1, 1)).toEqual({});
    emu.clock.set(new Date('2026-07-02T08:00:00Z'));
    expect(emu.effectiveStyle(sheet.getName(), 4, 2)).toEqual({ background: '#f4cccc' });
  });

  test('the first matching rule wins and rules keep the cell formats they do not set', () => {
    const { emu, sheet, SpreadsheetApp } = registerWithDueDates(['2026-06-01']);
    sheet.getRange('C2').setFontWeight('bold').setBackground('#eeeeee');
    const paid = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('BEZAHLT')
      .setFontColor('#38761d')
      .setRanges([sheet.getRange('C2:C9')])
      .build();
    const anyText = SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setFontColor('#ff0000')
      .setRanges([sheet.getRange('C2:C9')])
      .build();
    sheet.setConditionalFormatRules([paid, anyText]);
    expect(emu.effectiveStyle(sheet, 2, 3)).toEqual({
      background: '#eeeeee',
      fontColor: '#38761d',
      bold: true,
    });
  });

  test('number conditions', () => {
    const { emu, sheet, SpreadsheetApp } = setup();
    sheet.getRange('A1:A3').setValues([[5], [50], ['text']]);
    const big = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setBold(true)
      .setRanges([sheet.getRange('A1:A3')])
      .build();
    sheet.setConditionalFormatRules([big]);
    expect([1, 2, 3].map((row) => emu.effectiveStyle(sheet, row, 1).bold)).toEqual([
      undefined,
      true,
      undefined,
    ]);
  });

  test('rules can be read back and copied', () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2<TODAY()')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:D50'), sheet.getRange('F2:F50')])
        .build(),
    ]);
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule.getRanges().map((range) => range.getA1Notation())).toEqual(['A2:D50', 'F2:F50']);
    const condition = rule.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition?.getCriteriaValues()).toEqual(['=$B2<TODAY()']);
    expect(condition?.getBackground()).toBe('#f4cccc');
    const copy = rule
      .copy()
      .setRanges([sheet.getRange('A10:D20')])
      .build();
    expect(copy.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2<TODAY()']);
    expect(copy.getRanges()[0].getA1Notation()).toBe('A10:D20');
  });

  test('a rule follows the columns it refers to when they move', () => {
    const { emu, sheet, SpreadsheetApp } = registerWithDueDates(['2026-06-01', '2026-07-01']);
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2<TODAY()')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:C10')])
        .build(),
    ]);
    sheet.moveColumns(sheet.getRange('B1'), 1);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaValues()).toEqual([
      '=$A2<TODAY()',
    ]);
    expect(emu.effectiveStyle(sheet, 2, 3)).toEqual({ background: '#f4cccc' });
    expect(emu.effectiveStyle(sheet, 3, 3)).toEqual({});
    sheet.insertRowBefore(2);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A3:C11');
    expect(emu.effectiveStyle(sheet, 3, 2)).toEqual({ background: '#f4cccc' });
  });
});

describe('data validation', () => {
  test('rules expose their criteria; writes are not rejected but show up as validation errors', () => {
    const { emu, sheet, SpreadsheetApp } = setup();
    const stage = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Anfrage', 'Angebot', 'Auftrag'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a stage')
      .build();
    sheet.getRange('A2:A4').setDataValidation(stage);
    sheet.getRange('A2:A4').setValues([['Angebot'], ['Quatsch'], ['']]);
    const rule = sheet.getRange('A3').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule?.getCriteriaValues()).toEqual([['Anfrage', 'Angebot', 'Auftrag'], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe('Pick a stage');
    expect(sheet.getRange('A3').getValue()).toBe('Quatsch');
    expect(emu.validationErrors(sheet)).toEqual([
      { row: 3, column: 1, a1: 'A3', value: 'Quatsch', criteria: 'VALUE_IN_LIST', helpText: 'Pick a stage' },
    ]);
  });

  test('dates, numbers and ranges as criteria', () => {
    const { emu, sheet, SpreadsheetApp } = setup();
    const clients = SpreadsheetApp.getActive().insertSheet('Clients');
    clients.getRange('A1:A2').setValues([['Acme'], ['Globex']]);
    sheet
      .getRange('A1:C1')
      .setDataValidations([
        [
          SpreadsheetApp.newDataValidation().requireDate().build(),
          SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build(),
          SpreadsheetApp.newDataValidation().requireValueInRange(clients.getRange('A1:A10')).build(),
        ],
      ]);
    sheet.getRange('A1:C1').setValues([['2026-06-01', -5, 'Initech']]);
    expect(emu.validationErrors(sheet).map((problem) => problem.a1)).toEqual(['B1', 'C1']);
    sheet.getRange('A1:C1').setValues([['not a date', 5, 'Globex']]);
    expect(emu.validationErrors(sheet).map((problem) => problem.a1)).toEqual(['A1']);
    const source = sheet
      .getRange('C1')
      .getDataValidation()
      ?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(source.getSheet().getName()).toBe('Clients');
    expect(source.getA1Notation()).toBe('A1:A10');
    sheet.getRange('A1:C1').clearDataValidations();
    expect(sheet.getRange('A1:C1').getDataValidations()).toEqual([[null, null, null]]);
  });
});

describe('protection', () => {
  test('sheet protection with description, warning flag and editors', () => {
    const { emu, sheet, SpreadsheetApp } = setup();
    const protection = sheet.protect().setDescription('Log is append-only').setWarningOnly(true);
    protection.removeEditors(['anna@pixelwerk.example', 'bob@pixelwerk.example']);
    const [found] = SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(found.getDescription()).toBe('Log is append-only');
    expect(found.isWarningOnly()).toBe(true);
    expect(found.getEditors().map((user) => user.getEmail())).toEqual(['anna@pixelwerk.example']);
    expect(found.canEdit()).toBe(true);
    expect(found.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
    expect(sheet.protect().getDescription()).toBe('Log is append-only');
    expect(emu.isProtected(sheet, 5, 5)).toBe(true);
  });

  test('range protections, unprotected ranges, removal, and the owner can still write', () => {
    const { emu, sheet, SpreadsheetApp } = setup();
    const invoice = sheet.getRange('A2:D2').protect().setDescription('RE-2026-0001 issued');
    sheet.getRange('A2:D2').setValues([['RE-2026-0001', 100, 19, 119]]);
    expect(sheet.getRange('A2').getValue()).toBe('RE-2026-0001');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(emu.isProtected(sheet, 2, 4)).toBe(true);
    expect(emu.isProtected(sheet, 3, 1)).toBe(false);
    sheet.insertRowBefore(1);
    expect(invoice.getRange().getA1Notation()).toBe('A3:D3');
    invoice.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    const whole = sheet.protect();
    whole.setUnprotectedRanges([sheet.getRange('F:F')]);
    expect(emu.isProtected(sheet, 1, 6)).toBe(false);
    expect(emu.isProtected(sheet, 1, 5)).toBe(true);
  });
});
