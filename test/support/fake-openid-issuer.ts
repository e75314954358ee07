import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer claim of tokens the Bot Framework channels (Teams among them) send to bots. */
const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

const KEY_ID = 'loopback-signing-key';

/**
 * A loopback stand-in for the Bot Framework's token issuer: it publishes
 * OpenID metadata and a JWKS with one RSA signing key (endorsed for the
 * msteams channel), and signs RS256 tokens with that key. Pointing a bot's
 * `BotOpenIdMetadata` setting at `metadataUrl` makes it trust this issuer's
 * keys instead of Microsoft's.
 */
export class FakeOpenIdIssuer {
  /** Paths requested, so a test can show the bot fetched the keys from here. */
  readonly requests: string[] = [];
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  /** A key the issuer does not publish: tokens signed with it are forgeries. */
  private readonly strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  private constructor(
    private readonly server: Server,
    readonly metadataUrl: string,
  ) {}

  static async start(): Promise<FakeOpenIdIssuer> {
    let issuer: FakeOpenIdIssuer | undefined;
    const server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      issuer!.requests.push(req.url ?? '');
      const body =
        req.url === '/v1/.well-known/openidconfiguration'
          ? { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : req.url === '/v1/.well-known/keys'
            ? { keys: [issuer!.publicJwk()] }
            : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = new FakeOpenIdIssuer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`);
    return issuer;
  }

  /** A signed RS256 token with the given claims; `forged` signs it with a key this issuer never published. */
  token(claims: Record<string, unknown>, options: { forged?: boolean } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: KEY_ID };
    const payload = { iss: BOT_FRAMEWORK_ISSUER, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const key: KeyObject = options.forged ? this.strangerKey : this.key.privateKey;
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private publicJwk(): Record<string, unknown> {
    const { n, e } = this.key.publicKey.export({ format: 'jwk' });
    return { kty: 'RSA', use: 'sig', kid: KEY_ID, n, e, endorsements: ['msteams'] };
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
