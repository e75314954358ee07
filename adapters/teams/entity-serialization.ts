import { Entity } from 'botframework-connector/lib/connectorApi/models/mappers.js';

/**
 * botbuilder 4.23 serialises outgoing activities through model mappers. The
 * Activity mapper declares that entities may carry extra fields, but the
 * serializer swaps that declaration for the shared `Entity` mapper, which
 * knows only `type`, `text` and `mentioned` — so Teams citations, the
 * "AI generated" label and everything else in a schema.org entity are
 * silently dropped before they reach the connector. Declaring additional
 * properties on the shared mapper lets them through unchanged.
 *
 * This touches the connector's internals, which is why botbuilder is pinned
 * to an exact version; test/integration/teams-messages.test.ts inspects the
 * wire and fails if an upgrade undoes it.
 */
export function keepCustomEntityFields(): void {
  if (Entity?.type?.name !== 'Composite') {
    throw new Error(
      'botframework-connector no longer exposes its Entity model mapper where canishare expects it; Teams citations would be dropped. Check adapters/teams/entity-serialization.ts against the installed botbuilder version.',
    );
  }
  Entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
