// Serves the built site (dist/, or OUT_DIR) as `astro preview` does, in this process, and prints
// this process's id: `kill <id>` stops the server, as Ctrl+C does. Run through npm, `npm run
// preview` is npm's process, then a shell's, then this one: stopping npm's alone would leave the
// server answering. Options: `--port <n>` and `--host <address>`, as astro preview takes them.
import { parseArgs } from 'node:util';
import { preview } from 'astro';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const server = await preview({
  root: process.cwd(),
  logLevel: 'warn',
  server: {
    ...(values.port === undefined ? {} : { port: Number(values.port) }),
    ...(values.host === undefined ? {} : { host: values.host }),
  },
});
const address = server.urls?.local[0] ?? `http://${server.host ?? 'localhost'}:${server.port}/`;
console.log(
  `Previewing the built site at ${address} (process ${process.pid}: stop it with Ctrl+C or kill ${process.pid})`,
);

const stop = (): void => {
  void server.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await server.closed();
