// The stored form of an encrypted value (lib/privacy/crypto.ts), without server imports: input schemas
// refuse text in this form, so nothing a user types can pass for a value the app encrypted.

/** `v1:<keyId>:<iv>:<ciphertext+tag>`: key id, 12-byte IV (16 base64url chars), ciphertext and 16-byte tag. */
export const SEALED_FORMAT = /^v1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})$/;

/** Whether a value has the encrypted form (it may still fail to decrypt). */
export function isSealed(value: string): boolean {
  return SEALED_FORMAT.test(value);
}

export const SEALED_INPUT_MESSAGE = "This value has the form of an encrypted value; enter the plain text";
