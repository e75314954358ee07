import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../../src/index.ts';

export interface BotAuthenticationOptions {
  /**
   * Where the channel publishes the keys its tokens are signed with (the Bot
   * Framework's `BotOpenIdMetadata` setting). Defaults to the public Bot
   * Framework's; every other endpoint stays the public Azure cloud's.
   */
  openIdMetadataUrl?: string;
}

/** Errors from verifying a token's signature or dates: all mean the request is not authenticated. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder's authentication from the standard settings. With no app id it
 * lets every request through (local testing only). botbuilder reports a
 * token with a bad signature as a server error (500); here it is a 401 like
 * every other unauthenticated request.
 */
class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }
}

export function botAuthentication(teams: Config['teams'], options: BotAuthenticationOptions = {}): ConfigurationBotFrameworkAuthentication {
  return new BotAuthentication({
    ...(teams.appId
      ? {
          MicrosoftAppId: teams.appId,
          MicrosoftAppPassword: teams.appPassword ?? undefined,
          MicrosoftAppTenantId: teams.tenantId ?? undefined,
          MicrosoftAppType: teams.appType,
        }
      : {}),
    ...(options.openIdMetadataUrl ? publicCloudWith(options.openIdMetadataUrl) : {}),
  });
}

// botbuilder drops all its public-cloud defaults as soon as any one endpoint is given, so they are restated here.
function publicCloudWith(openIdMetadataUrl: string): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
