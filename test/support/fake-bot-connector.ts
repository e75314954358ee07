import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the connector, as it arrived on the wire. */
export interface ConnectorPost {
  /** The message id the fake gave the activity, as Teams would; feedback names the bot's message by it. */
  id: string;
  conversationId: string;
  /** The activity being replied to, from `/activities/{replyToId}`; null for a new message in the conversation. */
  replyToId: string | null;
  authorization: string | undefined;
  /** The raw request body, exactly as the bot serialised it. */
  raw: string;
  activity: Record<string, any>;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A loopback server that speaks the part of the Bot Connector API a bot uses
 * to answer: POST /v3/conversations/{id}/activities/{replyToId} (reply) and
 * POST /v3/conversations/{id}/activities (send). It records every activity
 * and answers each with a new message id, as Teams does.
 */
export class FakeBotConnector {
  readonly posts: ConnectorPost[] = [];
  /** Requests to anything but the two routes above, so a test can show none were made. */
  readonly unexpected: string[] = [];
  private sent = 0;

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
  ) {}

  static async start(): Promise<FakeBotConnector> {
    let connector: FakeBotConnector | undefined;
    const server = createServer((req, res) => void connector!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Teams' service URLs end with a slash, so the fake's does too.
    connector = new FakeBotConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return connector;
  }

  postsIn(conversationId: string): ConnectorPost[] {
    return this.posts.filter((post) => post.conversationId === conversationId);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://connector').pathname.replace(/\/{2,}/g, '/');
    const match = ACTIVITIES_PATH.exec(path);
    if (req.method !== 'POST' || !match) {
      this.unexpected.push(`${req.method} ${path}`);
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', message: 'not part of the fake connector' } }));
      return;
    }
    this.sent += 1;
    const id = `bot-message-${this.sent}`;
    this.posts.push({
      id,
      conversationId: decodeURIComponent(match[1]!),
      replyToId: match[2] ? decodeURIComponent(match[2]) : null,
      authorization: req.headers.authorization,
      raw,
      activity: JSON.parse(raw) as Record<string, any>,
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  }
}
