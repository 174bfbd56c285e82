// The quote's versions, newest first, each with its status chip, date and gross; the one being edited is marked.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import type { Lang } from '../../src/shared/i18n';
import type { QuoteVersionDto } from '../../src/shared/quoteContract';
import { el } from '../dom';
import { quoteStatusChip, type Tr } from '../labels';

export function versionsList(
  tr: Tr,
  lang: Lang,
  versions: readonly QuoteVersionDto[],
  opened: string | null,
): HTMLElement {
  const section = el(
    'section',
    { class: 'versions', attrs: { 'aria-labelledby': 'versions-h' } },
    el('h2', { class: 'section-title', attrs: { id: 'versions-h' } }, tr('ui.quote.versions')),
  );
  if (versions.length === 0) {
    section.append(el('p', { class: 'muted small' }, tr('ui.quote.noVersions')));
    return section;
  }
  const list = el('ol', { class: 'version-list' });
  for (const v of [...versions].sort((a, b) => b.version - a.version)) {
    const current = v.number === opened;
    list.append(
      el(
        'li',
        {
          class: `version${current ? ' is-opened' : ''}`,
          attrs: { 'aria-current': current ? 'true' : null },
        },
        el(
          'div',
          { class: 'version-main' },
          el('span', { class: 'version-no' }, tr('ui.quote.version', { version: v.version })),
          el('span', { class: 'version-number muted' }, v.number),
        ),
        el(
          'div',
          { class: 'version-meta' },
          el('span', { class: 'muted' }, formatDate(v.date, lang)),
          el('span', { class: 'num' }, formatMoney(v.grossCents, lang)),
          quoteStatusChip(tr, v.status),
          current ? el('span', { class: 'opened-tag' }, tr('ui.quote.opened')) : null,
        ),
      ),
    );
  }
  section.append(list);
  return section;
}
