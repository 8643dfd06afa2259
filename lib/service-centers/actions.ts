"use server";
// Service center server actions (Settings → Service centers): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough, passThroughEdit } from "@/lib/safe-action";
import { createServiceCenter, setServiceCenterActive, updateServiceCenter } from "@/lib/service-centers/mutations";
import { serviceCenterInputSchema, serviceCenterUpdateSchema } from "@/lib/service-centers/schemas";
import { setServiceCenterMembers } from "@/lib/service-centers/members";

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

/** Saves a center's team (its members see the customers shared with the center). */
export const setServiceCenterMembersAction = action(
  idSchema.extend({ userIds: z.array(z.string()) }),
  async ({ id, userIds }, ctx) => {
    await setServiceCenterMembers(ctx, id, { userIds });
    revalidatePath(SETTINGS_PATH);
    return { id };
  },
);
