// The endpoint's signing secret is stored sealed (lib/privacy/crypto.ts) and shown only at creation.
import { openPii, sealPii } from "@/lib/privacy/crypto";

export const WEBHOOK_SECRET_LABEL = "webhook_endpoint.secret";

export const sealWebhookSecret = (secret: string) => sealPii(secret, WEBHOOK_SECRET_LABEL);
export const openWebhookSecret = (stored: string) => openPii(stored, WEBHOOK_SECRET_LABEL);
