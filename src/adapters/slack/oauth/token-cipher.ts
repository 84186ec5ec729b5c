// Bot tokens at rest: AES-256-GCM with the key from SLACK_TOKEN_ENCRYPTION_KEY (32 bytes), a fresh 96-bit IV per
// value, and the row's key as associated data, so a sealed value copied onto another workspace's row fails to open.
// node:crypto does it natively; a library would only wrap the same calls.
// https://nodejs.org/api/crypto.html#class-cipher (GCM: https://csrc.nist.gov/pubs/sp/800/38/d/final)
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface TokenCipher {
  seal(plaintext: string, boundTo: string): string;
  /** The plaintext, or undefined when the value was tampered with, belongs to another row or another key. */
  open(sealed: string, boundTo: string): string | undefined;
}

/** The key as configured: 64 hex characters or 44 base64 characters, both 32 bytes; undefined when it is neither. */
export function parseEncryptionKey(text: string): Buffer | undefined {
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  return bytes.length === 32 && (/^[0-9a-f]{64}$/i.test(text) || bytes.toString('base64') === text) ? bytes : undefined;
}

export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    seal(plaintext, boundTo) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(boundTo));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed, boundTo) {
      const [version, data] = sealed.split(':');
      if (version !== VERSION || !data) return undefined;
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES)).setAAD(Buffer.from(boundTo));
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        return undefined;
      }
    },
  };
}
