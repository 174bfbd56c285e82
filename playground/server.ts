// `npm start`: the local playground. Env PORT (8080), PLAYGROUND_STATE (playground/.state.json), PLAYGROUND_LANG (de|en); --reset reseeds.
import { dirname, join } from 'node:path';
import { DIST } from '../emulator/addon';
import { PortInUseError, startPlayground } from './playground';

function portFromEnv(): number {
  const raw = process.env.PORT ?? '8080';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65_535) {
    console.error(`PORT must be a number from 0 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFromEnv();
  const lang = process.env.PLAYGROUND_LANG === 'en' ? 'en' : 'de';
  const statePath = process.env.PLAYGROUND_STATE || join(dirname(DIST), 'playground', '.state.json');
  const reset = process.argv.includes('--reset');
  try {
    const playground = await startPlayground({
      port,
      statePath,
      lang,
      reset,
      log: (line) => console.log(line),
    });
    console.log(`Playground running at ${playground.url}  (Ctrl+C stops it; "npm start -- --reset" reseeds)`);
    const stop = () => {
      void playground.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (error instanceof PortInUseError) {
      console.error(`${error.message} Stop whatever uses it, or pick another port: PORT=8081 npm start`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  }
}

void main();
