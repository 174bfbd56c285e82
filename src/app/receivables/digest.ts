// The opt-in daily digest: turning it on or off, and the e-mail listing what fell overdue since yesterday.
import { formatDate } from '../../domain/dates';
import { formatMoney } from '../../domain/money';
import { type Lang, t } from '../../shared/i18n';
import type { DigestDto, DigestInput, OpenItemsDto } from '../../shared/receivablesContract';
import type { Environment, Mailer, Register } from '../ports';
import { uiLang } from '../settingsView';

export function setDigest(
  register: Register,
  env: Environment,
  mailer: Mailer,
  input: DigestInput,
): DigestDto {
  return register.transact((reader) => {
    const lang = uiLang(reader.settings().settings, env.userLang());
    const before = mailer.digestEnabled();
    const enabled = mailer.setDigest(input.enabled);
    const onOff = (on: boolean) => t(lang, on ? 'digest.on' : 'digest.off');
    return {
      changes: {
        log:
          before === enabled
            ? []
            : [
                {
                  action: 'digest',
                  orderNo: '',
                  oldValue: onOff(before),
                  newValue: `${onOff(enabled)} (${env.user()})`,
                },
              ],
      },
      result: { enabled, message: t(lang, enabled ? 'digest.enabled' : 'digest.disabled') },
    };
  });
}

/** Null when nothing fell overdue today: the digest only writes when there is news. */
export function digestMail(
  items: OpenItemsDto,
  lang: Lang,
  sheetName: string,
): { subject: string; body: string } | null {
  const fresh = items.items.filter((i) => i.daysOverdue === 1);
  if (fresh.length === 0) return null;
  const overdue = items.items.filter((i) => i.daysOverdue > 0);
  const lines = fresh.map((i) =>
    t(lang, 'digest.line', {
      number: i.number,
      client: i.client,
      open: formatMoney(i.openCents, lang),
      due: i.dueDate ? formatDate(i.dueDate, lang) : '',
    }),
  );
  return {
    subject: t(lang, 'digest.subject', { count: fresh.length, sheet: sheetName }),
    body: [
      t(lang, 'digest.intro', { date: formatDate(items.today, lang) }),
      '',
      ...lines,
      '',
      t(lang, 'digest.total', {
        count: overdue.length,
        total: formatMoney(
          overdue.reduce((s, i) => s + i.openCents, 0),
          lang,
        ),
      }),
    ].join('\n'),
  };
}
