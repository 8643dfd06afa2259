"use server";
// Presence heartbeats from the customer page and its edit form (lib/live/presence.ts parses the input).
import { action, passThrough } from "@/lib/safe-action";
import { heartbeatPresence, leavePresence } from "@/lib/live/presence";
import { presenceInputSchema } from "@/lib/live/topics";

export const heartbeatPresenceAction = action(passThrough(presenceInputSchema), (input, ctx) =>
  heartbeatPresence(ctx, input),
);

export const leavePresenceAction = action(passThrough(presenceInputSchema), (input, ctx) => leavePresence(ctx, input));
