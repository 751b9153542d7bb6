import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/** Bot Framework's channel token issuer (the `iss` of tokens Teams sends). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export type BotOpenIdIssuer = {
  /** OpenID metadata URL to configure as the bot's channel token metadata. */
  metadataUrl: string;
  sign(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
};

/**
 * A stand-in for Bot Framework's token service: an OpenID metadata document and a JWKS with one
 * RSA key endorsed for msteams, and tokens signed with it.
 */
export async function startBotOpenIdIssuer(): Promise<BotOpenIdIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'test-key';
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', endorsements: ['msteams'] };
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    const body =
      req.url === '/keys'
        ? { keys: [jwk] }
        : { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/keys` };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    sign: (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
