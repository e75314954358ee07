import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function serverBinaries(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error('PostgreSQL server binaries were not found in /usr/lib/postgresql. Install them with: apt-get install -y postgresql');
  }
  return path.join(root, newest, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running test server, with the controls a fault test needs. */
export interface PostgresServer {
  url: string;
  /** `pg_ctl restart -m fast`: what a managed database does for maintenance or failover. */
  restart(): Promise<void>;
  /** Stops the server, ending every connection, and keeps its data. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port. */
  resume(): Promise<void>;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL server on loopback, in a temporary folder,
 * with Debian's server binaries. As root, the server runs as the postgres
 * user, since PostgreSQL refuses to run as root.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await serverBinaries();
  const dir = await mkdtemp(path.join(tmpdir(), 'canishare-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]) : run(path.join(bin, command), args);
  const data = path.join(dir, 'data');
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'canishare', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`];
  await as('pg_ctl', [...options, 'start']);
  return {
    url: `postgres://canishare@127.0.0.1:${port}/postgres`,
    restart: async () => void (await as('pg_ctl', [...options, '-m', 'fast', 'restart'])),
    halt: async () => void (await as('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop'])),
    resume: async () => void (await as('pg_ctl', [...options, 'start'])),
    stop: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
