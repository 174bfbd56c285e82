// Starts the playground: the workbook state, the page's assets and an HTTP server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from './api';
import { buildAssets } from './assets';
import { PlaygroundState } from './state';
import type { PageLang } from './wire';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port: number;
  statePath: string;
  lang: PageLang;
  reset?: boolean;
  log?: (line: string) => void;
}

export interface Playground {
  url: string;
  port: number;
  state: PlaygroundState;
  close(): Promise<void>;
}

/** Thrown when the port is taken, so the caller can say so plainly. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use.`);
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const state = new PlaygroundState(options);
  const assets = await buildAssets(options.lang);
  let port = options.port;
  const server = createServer(
    createHandler({
      state,
      assets,
      lang: options.lang,
      allowedHosts: () => [`127.0.0.1:${port}`, `localhost:${port}`],
    }),
  );
  port = await listen(server, options.port);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
