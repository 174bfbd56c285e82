// Composition root: wires the Apps Script adapters to the use cases, fresh for every server call.
import { GasCalendar } from '../gas/calendar';
import { GasContext } from '../gas/context';
import { GasDocumentService } from '../gas/docs/documentService';
import { GasEnvironment } from '../gas/environment';
import { GasMailer } from '../gas/mailer';
import { GasRegister } from '../gas/register';

export interface Root {
  context: GasContext;
  env: GasEnvironment;
  register: GasRegister;
  documents: GasDocumentService;
  mailer: GasMailer;
  calendar: GasCalendar;
}

export function compose(): Root {
  const context = new GasContext();
  const env = new GasEnvironment(context);
  // Log entry ids from the execution's one UUID and a counter: a statement's 270 entries cost one call, not 270.
  const register = new GasRegister(context, env, () => env.newId('L'));
  return {
    context,
    env,
    register,
    documents: new GasDocumentService(context),
    mailer: new GasMailer(),
    calendar: new GasCalendar(() => context.timeZone()),
  };
}
