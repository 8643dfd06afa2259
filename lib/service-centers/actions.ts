"use server";
// Service center server actions (Settings → Service centers): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough, passThroughEdit } from "@/lib/safe-action";
import { createServiceCenter, setServiceCenterActive, updateServiceCenter } from "@/lib/service-centers/mutations";
import { serviceCenterInputSchema, serviceCenterUpdateSchema } from "@/lib/service-centers/schemas";

const SETTINGS_PATH = "/settings/service-centers";

const idSchema = z.object({ id: z.string().min(1) });

export const createServiceCenterAction = action(passThrough(serviceCenterInputSchema), async (input, ctx) => {
  const center = await createServiceCenter(ctx, input);
  revalidatePath(SETTINGS_PATH);
  return { id: center.id };
});

/** Saves the edit dialog; a center changed since `version` was read is a CONFLICT. */
export const updateServiceCenterAction = action(
  passThroughEdit(serviceCenterUpdateSchema),
  async ({ id, version, ...fields }, ctx) => {
    await updateServiceCenter(ctx, id, fields, { expectedVersion: version });
    revalidatePath(SETTINGS_PATH);
    return { id };
  },
);

export const setServiceCenterActiveAction = action(
  idSchema.extend({ active: z.boolean() }),
  async ({ id, active }, ctx) => {
    await setServiceCenterActive(ctx, id, active);
    revalidatePath(SETTINGS_PATH);
    return { id };
  },
);
