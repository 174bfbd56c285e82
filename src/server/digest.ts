// The digest trigger's work: read the open items once and mail the user what fell overdue (nothing if nothing did).
import { digestMail } from '../app/receivables/digest';
import { openItemsView } from '../app/receivables/openItems';
import { uiLang } from '../app/settingsView';
import { compose } from './root';

export function runDigest(): void {
  const root = compose();
  const { items, lang } = root.register.read((reader) => ({
    items: openItemsView(reader, root.env),
    lang: uiLang(reader.settings().settings, root.env.userLang()),
  }));
  const mail = digestMail(items, lang, root.context.ss().getName());
  const to = Session.getEffectiveUser().getEmail();
  if (mail && to) MailApp.sendEmail({ to, subject: mail.subject, body: mail.body });
}
