import { createHash, createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** One Web API call (or response_url post) as the fake received it. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token it carried, or null. */
  token: string | null;
  /** What the fake answered. */
  response: Record<string, unknown>;
  /** performance.now() when the call arrived. */
  receivedAt: number;
}

/** A message in the fake's model of the workspace, as conversations.replies returns it. */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text: string;
}

export interface FakeSlackOptions {
  signingSecret: string;
  botToken: string;
  /** The xapp- token apps.connections.open accepts, for Socket Mode. */
  appToken?: string;
  botId?: string;
  botUserId?: string;
  teamId?: string;
  /** How long each Web API call takes to answer, like Slack's own round trip; 0 by default. */
  latencyMs?: number;
}

/** What Slack answered when it delivered a request to the app. */
export interface Delivery {
  status: number;
  body: string;
  /** From sending the request to the end of the app's response. */
  elapsedMs: number;
}

const JSON_ARGUMENTS = new Set(['blocks', 'attachments', 'view', 'loading_messages', 'metadata']);
const MAX_MESSAGE_BLOCKS = 50;
const MAX_VIEW_BLOCKS = 100;
const MAX_SECTION_TEXT = 3000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_TEXT = 40_000;

/**
 * A loopback stand-in for Slack. It serves the Web API the app calls
 * (recording every call, keeping the messages posted so threads can be read
 * back, rejecting blocks beyond Slack's limits as Slack does) and response_url
 * posts; and it plays Slack's side of the Events API, sending correctly signed
 * events, slash commands and button clicks to the app, over HTTP or over a
 * Socket Mode WebSocket connection the app opened with apps.connections.open.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly botId: string;
  readonly botUserId: string;
  readonly teamId: string;
  private readonly messages: StoredMessage[] = [];
  private readonly failures = new Map<string, string>();
  private readonly waiters: Array<() => void> = [];
  private readonly sockets = new Set<Duplex>();
  private clock = 0;
  private sequence = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeSlackOptions,
  ) {
    this.botId = options.botId ?? 'B0CANISHARE';
    this.botUserId = options.botUserId ?? 'U0CANISHARE';
    this.teamId = options.teamId ?? 'T0WORKSPACE';
  }

  static async start(options: FakeSlackOptions): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex) => fake!.acceptSocket(req, socket));
    fake = new FakeSlack(server, options);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What SLACK_API_URL should be set to. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** From now on, `method` answers `{ ok: false, error }`, as Slack does for a platform error. */
  fail(method: string, error: string): void {
    this.failures.set(method, error);
  }

  recover(method: string): void {
    this.failures.delete(method);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves once `condition` holds for the calls received so far; rejects after `timeoutMs` with what was received. */
  async waitFor(condition: (calls: RecordedCall[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this.calls)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`Slack did not receive the expected calls; it received: ${this.calls.map((c) => c.method).join(', ') || 'nothing'}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Answers posted into a thread (chat.postMessage with thread_ts), in order. */
  threadReplies(channel: string, threadTs: string): RecordedCall[] {
    return this.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs);
  }

  /** A ts Slack would give a new message: increasing, in Slack's "seconds.micro" form. */
  nextTs(): string {
    this.clock += 1;
    return `${1_780_000_000 + this.clock}.${String(this.clock).padStart(6, '0')}`;
  }

  /**
   * Sends an Events API event_callback, as Slack does: signed, JSON. A user's
   * message event is also kept in the workspace model so threads read back whole.
   */
  async sendEvent(target: string, event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<Delivery> {
    if ((event.type === 'message' || event.type === 'app_mention') && typeof event.channel === 'string' && typeof event.ts === 'string') {
      this.keepMessage({
        channel: event.channel,
        ts: event.ts,
        ...(typeof event.thread_ts === 'string' ? { thread_ts: event.thread_ts } : {}),
        ...(typeof event.user === 'string' ? { user: event.user } : {}),
        text: String(event.text ?? ''),
      });
    }
    const body = JSON.stringify(this.eventCallback(event, options.eventId));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return this.deliver(target, body, headers);
  }

  /** Sends an event over the Socket Mode connection, as an events_api envelope the app must acknowledge. */
  sendSocketEvent(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number } = {}): string {
    this.sequence += 1;
    const envelopeId = `envelope-${this.sequence}`;
    const envelope = {
      envelope_id: envelopeId,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: options.retryAttempt ?? 0,
      retry_reason: options.retryAttempt ? 'timeout' : '',
      payload: this.eventCallback(event, options.eventId),
    };
    for (const socket of this.sockets) socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
    return envelopeId;
  }

  /** Resolves once the app holds an open Socket Mode connection. */
  async socketConnected(): Promise<void> {
    await this.waitFor(() => this.sockets.size > 0);
  }

  /** Sends a slash command as Slack does: signed, form-encoded, with a response_url served by this fake. */
  sendCommand(target: string, fields: { text: string; userId: string; channelId: string; command?: string }): Promise<Delivery> {
    this.sequence += 1;
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: this.teamId,
      team_domain: 'workspace',
      channel_id: fields.channelId,
      channel_name: 'channel',
      user_id: fields.userId,
      user_name: 'someone',
      command: fields.command ?? '/canishare',
      text: fields.text,
      api_app_id: 'A0CANISHARE',
      is_enterprise_install: 'false',
      response_url: `${this.baseUrl}/respond/command-${this.sequence}`,
      trigger_id: `trigger-${this.sequence}`,
    }).toString();
    return this.deliver(target, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** Sends a block_actions payload (a button click) as Slack does: signed, form-encoded `payload=`. */
  sendBlockAction(target: string, payload: Record<string, unknown>): Promise<Delivery> {
    this.sequence += 1;
    const full = {
      type: 'block_actions',
      team: { id: this.teamId, domain: 'workspace' },
      api_app_id: 'A0CANISHARE',
      token: 'legacy-verification-token',
      trigger_id: `trigger-${this.sequence}`,
      response_url: `${this.baseUrl}/respond/action-${this.sequence}`,
      ...payload,
    };
    const body = new URLSearchParams({ payload: JSON.stringify(full) }).toString();
    return this.deliver(target, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** Sends a view_submission payload (a modal's Submit) as Slack does: signed, form-encoded `payload=`. */
  sendViewSubmission(target: string, user: string, view: Record<string, unknown>): Promise<Delivery> {
    const full = {
      type: 'view_submission',
      team: { id: this.teamId, domain: 'workspace' },
      user: { id: user, team_id: this.teamId },
      api_app_id: 'A0CANISHARE',
      token: 'legacy-verification-token',
      trigger_id: `trigger-${(this.sequence += 1)}`,
      view: { id: 'V0FORM', team_id: this.teamId, app_id: 'A0CANISHARE', bot_id: this.botId, ...view },
    };
    const body = new URLSearchParams({ payload: JSON.stringify(full) }).toString();
    return this.deliver(target, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** Posts any body to the app with the given headers, signed or not; for forged and stale requests. */
  async post(target: string, body: string, headers: Record<string, string>): Promise<Delivery> {
    const started = performance.now();
    const response = await fetch(target, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, body: text, elapsedMs: performance.now() - started };
  }

  /** Slack's v0 signature headers for a body, at `timestamp` (seconds). */
  signatureHeaders(body: string, timestamp = Math.floor(Date.now() / 1000), secret = this.options.signingSecret): Record<string, string> {
    const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
    return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private eventCallback(event: Record<string, unknown>, eventId: string | undefined): Record<string, unknown> {
    this.sequence += 1;
    return {
      token: 'legacy-verification-token',
      team_id: this.teamId,
      api_app_id: 'A0CANISHARE',
      event: { event_ts: event.ts ?? `${Date.now() / 1000}`, ...event },
      type: 'event_callback',
      event_id: eventId ?? `Ev${String(this.sequence).padStart(8, '0')}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.teamId, user_id: this.botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
  }

  /** The server side of a WebSocket (RFC 6455): the handshake, then Slack's hello; pings are answered, text frames recorded. */
  private acceptSocket(req: IncomingMessage, socket: Duplex): void {
    const key = req.headers['sec-websocket-key'];
    if (!req.url?.startsWith('/socket-mode/') || typeof key !== 'string') {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let next = readFrame(pending); next; next = readFrame(pending)) {
        pending = pending.subarray(next.size);
        if (next.opcode === 0x9) socket.write(frame(0xa, next.payload));
        else if (next.opcode === 0x8) {
          socket.end(frame(0x8, next.payload.subarray(0, 2)));
          this.sockets.delete(socket);
        } else if (next.opcode === 0x1) {
          this.record({ method: 'socket_mode', args: JSON.parse(next.payload.toString('utf8')) as Record<string, unknown>, token: null, response: {}, receivedAt: performance.now() });
        }
      }
    });
    const hello = { type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'A0CANISHARE' } };
    socket.write(frame(0x1, Buffer.from(JSON.stringify(hello))));
  }

  private deliver(target: string, body: string, headers: Record<string, string>): Promise<Delivery> {
    return this.post(target, body, { ...headers, ...this.signatureHeaders(body) });
  }

  /** Puts a message into the workspace's history without any event, as if it was posted before the app started. */
  addHistory(message: StoredMessage): void {
    this.keepMessage(message);
  }

  private keepMessage(message: StoredMessage): void {
    if (!this.messages.some((m) => m.channel === message.channel && m.ts === message.ts)) this.messages.push(message);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (url.pathname.startsWith('/respond/')) {
      this.record({ method: 'response_url', args: { ...(JSON.parse(raw) as Record<string, unknown>), url: url.pathname }, token: null, response: {}, receivedAt: performance.now() });
      return send(res, 200, 'ok', 'text/plain');
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = parseArguments(raw, req.headers['content-type'] ?? '');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : null);
    const receivedAt = performance.now();
    const response = this.answer(method, args, token);
    this.record({ method, args, token, response, receivedAt });
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    send(res, 200, JSON.stringify(response), 'application/json; charset=utf-8');
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const wake of this.waiters.splice(0)) wake();
  }

  private answer(method: string, args: Record<string, unknown>, token: string | null): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      if (!this.options.appToken || token !== this.options.appToken) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
      this.sequence += 1;
      return { ok: true, url: `${this.baseUrl.replace(/^http/, 'ws')}/socket-mode/ticket-${this.sequence}` };
    }
    if (token !== this.options.botToken) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    const failure = this.failures.get(method);
    if (failure) return { ok: false, error: failure };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://workspace.slack.com/', team: 'Workspace', user: 'canishare', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage': {
        const problems = messageProblems(args);
        if (problems.length > 0) return { ok: false, error: problems[0] === 'msg_too_long' ? 'msg_too_long' : 'invalid_blocks', errors: problems };
        const channel = String(args.channel ?? '');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const ts = this.nextTs();
        this.keepMessage({
          channel,
          ts,
          ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
          user: this.botUserId,
          bot_id: this.botId,
          text: String(args.text ?? ''),
        });
        return { ok: true, channel, ts, message: { type: 'message', ts, text: args.text, user: this.botUserId, bot_id: this.botId } };
      }
      case 'chat.update': {
        const problems = messageProblems(args);
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        const existing = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!existing) return { ok: false, error: 'message_not_found' };
        existing.text = String(args.text ?? existing.text);
        return { ok: true, channel: args.channel, ts: args.ts, text: existing.text };
      }
      case 'assistant.threads.setStatus':
        return args.channel_id && args.thread_ts ? { ok: true } : { ok: false, error: 'invalid_arguments' };
      case 'conversations.replies': {
        const thread = this.messages
          .filter((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts))
          .sort((a, b) => Number(a.ts) - Number(b.ts));
        return thread.length > 0 ? { ok: true, messages: thread, has_more: false } : { ok: false, error: 'thread_not_found' };
      }
      case 'views.open': {
        const view = args.view as { type?: string; blocks?: unknown[] } | undefined;
        if (typeof args.trigger_id !== 'string' || !args.trigger_id.startsWith('trigger-')) return { ok: false, error: 'invalid_trigger' };
        if (!view || view.type !== 'modal') return { ok: false, error: 'invalid_arguments' };
        if ((view.blocks ?? []).length > MAX_VIEW_BLOCKS) return { ok: false, error: 'invalid_blocks' };
        return { ok: true, view: { id: `V${this.nextTs()}`, ...view } };
      }
      case 'views.publish': {
        const view = args.view as { blocks?: unknown[] } | undefined;
        if (!args.user_id || !view) return { ok: false, error: 'invalid_arguments' };
        if ((view.blocks ?? []).length > MAX_VIEW_BLOCKS) return { ok: false, error: 'invalid_blocks' };
        return { ok: true, view: { id: `V${this.nextTs()}`, ...view } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** One complete WebSocket frame at the start of `buffer` (client frames are masked), or null until it has all arrived. */
function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (buffer.length < 2) return null;
  const opcode = buffer[0]! & 0x0f;
  const masked = (buffer[1]! & 0x80) !== 0;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskAt = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return null;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked) for (let i = 0; i < length; i += 1) payload[i]! ^= buffer[maskAt + (i % 4)]!;
  return { opcode, payload, size: offset + length };
}

/** A single, final, unmasked frame, as a server sends. */
function frame(opcode: number, payload: Buffer): Buffer {
  let header: Buffer;
  if (payload.length < 126) {
    header = Buffer.from([0x80 | opcode, payload.length]);
  } else if (payload.length < 65_536) {
    header = Buffer.from([0x80 | opcode, 126, 0, 0]);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Block Kit problems Slack would reject a message for. */
function messageProblems(args: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof args.text === 'string' && args.text.length > MAX_TEXT) problems.push('msg_too_long');
  const blocks = args.blocks as Array<Record<string, unknown>> | undefined;
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, 'blocks must be an array'];
  if (blocks.length > MAX_MESSAGE_BLOCKS) problems.push(`no more than ${MAX_MESSAGE_BLOCKS} blocks allowed`);
  blocks.forEach((block, i) => {
    if (block.type === 'section') {
      const text = (block.text as { text?: string } | undefined)?.text ?? '';
      if (text.length === 0) problems.push(`blocks[${i}].text must not be empty`);
      if (text.length > MAX_SECTION_TEXT) problems.push(`blocks[${i}].text must be at most ${MAX_SECTION_TEXT} characters`);
    }
    if (block.type === 'context') {
      const elements = (block.elements as Array<{ text?: string }> | undefined) ?? [];
      if (elements.length === 0 || elements.length > MAX_CONTEXT_ELEMENTS) problems.push(`blocks[${i}].elements must hold 1 to ${MAX_CONTEXT_ELEMENTS} items`);
      elements.forEach((e, j) => {
        if ((e.text ?? '').length > MAX_SECTION_TEXT) problems.push(`blocks[${i}].elements[${j}].text too long`);
      });
    }
  });
  return problems;
}

/** The Web API takes form-encoded arguments whose structured values are JSON, or a JSON body. */
function parseArguments(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = JSON_ARGUMENTS.has(key) ? JSON.parse(value) : value;
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, contentType: string): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}
