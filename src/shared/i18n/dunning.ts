// Dunning texts in German and English: base-rate and dunning errors, level names, letter texts, holiday names.
export const dunningDe = {
  'err.dunning.baseRateMissing':
    'Für den Zeitraum {from} bis {to} ist kein Basiszinssatz hinterlegt. Bitte tragen Sie ihn in den Einstellungen nach (Deutsche Bundesbank, § 247 BGB).',
  'err.dunning.nothingOpen': 'Die Rechnung „{number}“ ist bezahlt; es gibt nichts anzumahnen.',
  'err.dunning.baseRateEntry': 'Basiszinssatz: „{entry}“ ist nicht lesbar (Beispiel: „01.07.2025: 1,27“).',
  'err.dunning.baseRateDate': 'Basiszinssatz: „{entry}“ enthält kein gültiges Datum.',
  'err.dunning.baseRateHalfYear':
    'Basiszinssatz: „{entry}“ – der Satz ändert sich nur zum 1. Januar und zum 1. Juli.',
  'err.dunning.baseRateValue':
    'Basiszinssatz: „{entry}“ enthält keinen gültigen Prozentsatz (höchstens zwei Nachkommastellen, zwischen -20 und 20).',
  'err.dunning.baseRateDuplicate': 'Basiszinssatz: Das Datum in „{entry}“ kommt mehrfach vor.',
  'dunning.level.reminder': 'Zahlungserinnerung',
  'dunning.level.first': '1. Mahnung',
  'dunning.level.second': '2. Mahnung',
  'dunning.letter.subject.reminder': 'Zahlungserinnerung zur Rechnung {number}',
  'dunning.letter.subject.first': '1. Mahnung zur Rechnung {number}',
  'dunning.letter.subject.second': '2. Mahnung zur Rechnung {number}',
  // Bodies follow the letter's salutation („Sehr geehrte Damen und Herren,“), hence the small first letter.
  'dunning.letter.body.reminder':
    'sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung {number} vom {issueDate} ist noch nicht beglichen. Bitte überweisen Sie {total} bis zum {deadline}. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.',
  'dunning.letter.body.first':
    'leider konnten wir zu unserer Rechnung {number} vom {issueDate} bis heute keinen Zahlungseingang feststellen. Bitte überweisen Sie den unten aufgeführten Gesamtbetrag von {total} bis zum {deadline}.',
  'dunning.letter.body.second':
    'trotz unserer Mahnung ist unsere Rechnung {number} vom {issueDate} weiterhin offen. Bitte überweisen Sie den Gesamtbetrag von {total} spätestens bis zum {deadline}. Geht die Zahlung bis dahin nicht ein, werden wir weitere Schritte einleiten.',
  'dunning.letter.open': 'Offener Rechnungsbetrag',
  'dunning.letter.interest':
    'Verzugszinsen {rate} % p. a. vom {from} bis {to} ({days}/{yearDays} Tage) auf {principal}',
  'dunning.letter.fee': 'Mahngebühr',
  'dunning.letter.lumpSum': 'Verzugspauschale (§ 288 Abs. 5 BGB)',
  'dunning.letter.total': 'Gesamtbetrag',
  'dunning.letter.noVat':
    'Verzugszinsen, Verzugspauschale und Mahngebühren unterliegen nicht der Umsatzsteuer.',
  'dunning.holiday.newYear': 'Neujahr',
  'dunning.holiday.epiphany': 'Heilige Drei Könige',
  'dunning.holiday.womensDay': 'Internationaler Frauentag',
  'dunning.holiday.goodFriday': 'Karfreitag',
  'dunning.holiday.easterSunday': 'Ostersonntag',
  'dunning.holiday.easterMonday': 'Ostermontag',
  'dunning.holiday.labourDay': 'Tag der Arbeit',
  'dunning.holiday.liberationDay': 'Tag der Befreiung',
  'dunning.holiday.ascension': 'Christi Himmelfahrt',
  'dunning.holiday.whitSunday': 'Pfingstsonntag',
  'dunning.holiday.whitMonday': 'Pfingstmontag',
  'dunning.holiday.corpusChristi': 'Fronleichnam',
  'dunning.holiday.assumption': 'Mariä Himmelfahrt',
  'dunning.holiday.childrensDay': 'Weltkindertag',
  'dunning.holiday.unityDay': 'Tag der Deutschen Einheit',
  'dunning.holiday.reformationDay': 'Reformationstag',
  'dunning.holiday.allSaints': 'Allerheiligen',
  'dunning.holiday.repentanceDay': 'Buß- und Bettag',
  'dunning.holiday.christmasDay': '1. Weihnachtstag',
  'dunning.holiday.boxingDay': '2. Weihnachtstag',
};

export type DunningKey = keyof typeof dunningDe;

export const dunningEn: Record<DunningKey, string> = {
  'err.dunning.baseRateMissing':
    'No base rate is stored for {from} to {to}. Please add it in the settings (Deutsche Bundesbank, § 247 BGB).',
  'err.dunning.nothingOpen': 'Invoice "{number}" is paid; there is nothing to dun.',
  'err.dunning.baseRateEntry': 'Base rate: "{entry}" cannot be read (example: "2025-07-01: 1.27").',
  'err.dunning.baseRateDate': 'Base rate: "{entry}" has no valid date.',
  'err.dunning.baseRateHalfYear': 'Base rate: "{entry}" – the rate only changes on 1 January and 1 July.',
  'err.dunning.baseRateValue':
    'Base rate: "{entry}" has no valid percentage (at most two decimals, between -20 and 20).',
  'err.dunning.baseRateDuplicate': 'Base rate: the date in "{entry}" appears more than once.',
  'dunning.level.reminder': 'Payment reminder',
  'dunning.level.first': 'First dunning letter',
  'dunning.level.second': 'Second dunning letter',
  'dunning.letter.subject.reminder': 'Payment reminder for invoice {number}',
  'dunning.letter.subject.first': 'First reminder of overdue payment: invoice {number}',
  'dunning.letter.subject.second': 'Second reminder of overdue payment: invoice {number}',
  'dunning.letter.body.reminder':
    'perhaps it has escaped your attention: our invoice {number} of {issueDate} has not been paid yet. Please transfer {total} by {deadline}. If you have already paid, please disregard this letter.',
  'dunning.letter.body.first':
    'we have not yet received payment for our invoice {number} of {issueDate}. Please transfer the total of {total} shown below by {deadline}.',
  'dunning.letter.body.second':
    'despite our reminder, our invoice {number} of {issueDate} is still unpaid. Please transfer the total of {total} by {deadline} at the latest. If payment is not received by then, we will take further steps.',
  'dunning.letter.open': 'Open invoice amount',
  'dunning.letter.interest':
    'Default interest {rate} % p.a. from {from} to {to} ({days}/{yearDays} days) on {principal}',
  'dunning.letter.fee': 'Dunning fee',
  'dunning.letter.lumpSum': 'Lump sum for late payment (§ 288 (5) BGB)',
  'dunning.letter.total': 'Total',
  'dunning.letter.noVat': 'Default interest, the lump sum and dunning fees are not subject to VAT.',
  'dunning.holiday.newYear': "New Year's Day",
  'dunning.holiday.epiphany': 'Epiphany',
  'dunning.holiday.womensDay': "International Women's Day",
  'dunning.holiday.goodFriday': 'Good Friday',
  'dunning.holiday.easterSunday': 'Easter Sunday',
  'dunning.holiday.easterMonday': 'Easter Monday',
  'dunning.holiday.labourDay': 'Labour Day',
  'dunning.holiday.liberationDay': 'Liberation Day',
  'dunning.holiday.ascension': 'Ascension Day',
  'dunning.holiday.whitSunday': 'Whit Sunday',
  'dunning.holiday.whitMonday': 'Whit Monday',
  'dunning.holiday.corpusChristi': 'Corpus Christi',
  'dunning.holiday.assumption': 'Assumption Day',
  'dunning.holiday.childrensDay': "World Children's Day",
  'dunning.holiday.unityDay': 'German Unity Day',
  'dunning.holiday.reformationDay': 'Reformation Day',
  'dunning.holiday.allSaints': "All Saints' Day",
  'dunning.holiday.repentanceDay': 'Day of Repentance and Prayer',
  'dunning.holiday.christmasDay': 'Christmas Day',
  'dunning.holiday.boxingDay': 'Boxing Day (2nd Christmas Day)',
};
