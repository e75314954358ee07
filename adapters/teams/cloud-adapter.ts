import { CloudAdapter } from 'botbuilder';
import type { Config, Logger } from '../../src/index.ts';
import { botAuthentication, type BotAuthenticationOptions } from './bot-authentication.ts';
import { keepCustomEntityFields } from './entity-serialization.ts';
import { reportFailure } from './turn-failure.ts';

/**
 * The CloudAdapter that authenticates /api/messages and sends the replies.
 * With an app id, every request must carry a Bot Framework token for that
 * app (401 otherwise); with none, requests are accepted unauthenticated,
 * which is only for local testing with the Agents Playground, and the
 * start-up log says so.
 */
export function createCloudAdapter(teams: Config['teams'], logger: Logger, options: BotAuthenticationOptions = {}): CloudAdapter {
  keepCustomEntityFields();
  const adapter = new CloudAdapter(botAuthentication(teams, options));
  adapter.onTurnError = (context, error) => reportFailure(context, logger, error);
  if (teams.appId) {
    logger.info({ appId: teams.appId, appType: teams.appType, tenantId: teams.tenantId }, 'Teams: /api/messages accepts only requests signed by the Bot Framework for this app');
  } else {
    logger.warn(
      'Teams: no MicrosoftAppId is set, so /api/messages accepts UNAUTHENTICATED requests. This is for local testing with the Agents Playground only: never expose this port to a network. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId for Teams.',
    );
  }
  return adapter;
}
