import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../adapters/slack/command-handler.ts';
import { EVENTS_PATH } from '../../adapters/slack/bolt-app.ts';

interface Manifest {
  features: { app_home: { home_tab_enabled: boolean }; slash_commands: Array<{ command: string; url: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

describe('the Slack app manifest', () => {
  it('asks for what the adapter handles: the events, the slash command, interactivity and the Home tab, all on one path', async () => {
    const manifest = parse(await readFile(new URL('../../adapters/slack/manifest.yml', import.meta.url), 'utf8')) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_mention', 'app_home_opened', 'message.channels', 'message.groups', 'message.im', 'message.mpim']),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'channels:history', 'groups:history', 'im:history', 'mpim:history']),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(new URL(url).pathname).toBe(EVENTS_PATH);
  });
});
