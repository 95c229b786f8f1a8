import type Provider from 'oidc-provider';

/**
 * Who is asking, as the customer is shown it: the client's registered name, description (from its
 * SSA) and logo.
 */
export interface TppView {
  readonly name: string;
  readonly initial: string;
  readonly description: string | undefined;
  readonly logoUri: string | undefined;
}

export async function tppView(provider: Provider, clientId: string): Promise<TppView> {
  const client = await provider.Client.find(clientId);
  const metadata = client?.metadata() as Record<string, unknown> | undefined;
  const named = [metadata?.client_name, metadata?.software_client_name].find(
    (value): value is string => typeof value === 'string' && value.trim().length > 0,
  );
  const name = named?.trim() ?? 'An unnamed app';
  const logo = metadata?.logo_uri;
  const description = metadata?.software_client_description;
  return {
    name,
    initial: name.charAt(0).toUpperCase(),
    description: typeof description === 'string' ? description : undefined,
    // https only: the page's CSP allows https images, and a data: or http: logo from a registration
    // is not shown.
    logoUri: typeof logo === 'string' && logo.startsWith('https://') ? logo : undefined,
  };
}
