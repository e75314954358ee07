import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type FakeBehaviour = 'ok' | 'error-500' | 'html' | 'hang' | 'not-json';

/** What the fake chat model says, given the request's messages. */
export type ChatReply = (messages: { role: string; content: string }[]) => string;

/**
 * A well-behaved model: given a decision, it restates what the guidance says,
 * citing the same passages; without one, it quotes the first sentence of each
 * of the first two passages it was given. Follow-up rewrites join the
 * messages; as a grader, it calls a sentence supported when the passage holds at least 80% of its words.
 */
export const quotingModel: ChatReply = (messages) => {
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  if (system.startsWith('Rewrite')) return user.replace(/Earlier message \d+: |Last message: /g, '').replace(/\n/g, ' ');
  if (system.startsWith('You check citations')) {
    const [, passage = '', sentence = ''] = /PASSAGE:\n([\s\S]*)\n\nSENTENCE:\n([\s\S]*)/.exec(user) ?? [];
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const inPassage = new Set(words(passage));
    const claimed = words(sentence);
    return JSON.stringify({ supported: claimed.filter((w) => inPassage.has(w)).length >= 0.8 * claimed.length });
  }
  const guidance = /What the guidance says, with its passages:\n((?:- .*\n?)+)/.exec(user)?.[1];
  if (guidance) {
    const lines = guidance.trim().split('\n').map((line) => line.replace(/^- /, ''));
    return JSON.stringify({
      sentences: lines.map((line) => ({
        text: line.replace(/\s*(\[\d+\])+$/, ''),
        sources: [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])),
      })),
    });
  }
  const passages = [...user.matchAll(/^\[(\d+)\] .*\n(.+)$/gm)].slice(0, 2);
  return JSON.stringify({
    sentences: passages.map(([, n, text]) => ({ text: firstSentence(text!), sources: [Number(n)] })),
  });
};

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/**
 * A loopback server that speaks enough of the OpenAI HTTP API for tests:
 * chat completions from a scriptable reply function, and embeddings as
 * bag-of-words vectors hashed into fixed dimensions, so similar texts get
 * similar vectors. Records every request it receives.
 */
export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  behaviour: FakeBehaviour = 'ok';
  chatReply: ChatReply = quotingModel;
  private server: Server | null = null;

  constructor(private readonly dimensions = 64) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    if (this.behaviour === 'hang') return;
    if (this.behaviour === 'error-500') return send(res, 500, { error: { message: 'upstream exploded', type: 'server_error' } });
    if (this.behaviour === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><body>Proxy login</body></html>');
    }
    if (req.url?.endsWith('/chat/completions') && body) {
      const messages = body.messages as { role: string; content: string }[];
      const content = this.behaviour === 'not-json' ? 'Sure! Here is my answer: yes, you can share.' : this.chatReply(messages);
      return send(res, 200, {
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    if (req.url?.endsWith('/embeddings') && body) {
      const input = body.input as string | string[];
      const texts = Array.isArray(input) ? input : [input];
      return send(res, 200, {
        object: 'list',
        model: body.model,
        data: texts.map((text, index) => ({
          object: 'embedding',
          index,
          // The API returns little-endian float32 in base64 when asked, as the openai client does by default.
          embedding: body.encoding_format === 'base64' ? Buffer.from(new Float32Array(this.embed(text)).buffer).toString('base64') : this.embed(text),
        })),
        usage: { prompt_tokens: 0, total_tokens: 0 },
      });
    }
    send(res, 404, { error: { message: `no route for ${req.method} ${req.url}` } });
  }

  private embed(text: string): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      let hash = 2166136261;
      for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
      vector[Math.abs(hash) % this.dimensions]! += 1;
    }
    const norm = Math.hypot(...vector) || 1;
    return vector.map((value) => value / norm);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
