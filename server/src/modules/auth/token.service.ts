import { SignJWT, jwtVerify } from 'jose';

export interface TokenClaims {
  userId: number;
  expiresAt: Date;
  /** The user's credential version when the token was issued (0 for tokens from before it existed). */
  credentialVersion: number;
}

/** How many verified tokens keep their claims (about 300 bytes each), oldest dropped first. */
const MAX_VERIFIED = 10_000;

/** Signed bearer tokens (HS256) for GraphQL and the Socket.IO handshake. */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Claims of tokens whose signature was checked: every request carries the same token again, and
   * checking its signature goes through WebCrypto (asynchronous, off the main thread) each time. The key
   * never changes, so a signature once valid stays valid; the expiry is checked on every use.
   */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: number, credentialVersion: number): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = new Date((now + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ cv: credentialVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setIssuer('prospek')
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token, or null when it is missing, tampered with or expired. */
  async verify(token: string | null | undefined): Promise<TokenClaims | null> {
    if (!token) return null;
    const known = this.verified.get(token);
    // As jose has it: a token is valid while the current second is before its `exp`.
    if (known) return Math.floor(Date.now() / 1000) < known.expiresAt.getTime() / 1000 ? known : null;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'prospek', algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      const credentialVersion = payload.cv ?? 0;
      if (!Number.isInteger(userId) || userId <= 0 || !payload.exp || !Number.isInteger(credentialVersion)) return null;
      const claims = { userId, expiresAt: new Date(payload.exp * 1000), credentialVersion: credentialVersion as number };
      if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, claims);
      return claims;
    } catch {
      return null;
    }
  }
}

/** A short-lived link token for one resource (a document download), bound to the user who asked. */
export class DownloadTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(`download:${secret}`);
  }

  issue(userId: number, resource: string, ttlSeconds = 15 * 60): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ res: resource })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.key);
  }

  /** The user a valid token for `resource` was issued to, or null. */
  async verify(token: string | undefined, resource: string): Promise<number | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      return payload.res === resource && Number(payload.sub) > 0 ? Number(payload.sub) : null;
    } catch {
      return null;
    }
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
