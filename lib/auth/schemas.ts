// Sign-in and organization-switch input, shared by the login form and its server action.
import { z } from "zod";
import { textSchema } from "@/lib/validation";

export const signInSchema = z.object({
  email: z.email("Enter a valid email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(256),
  next: z.string().max(2000).optional(),
});

export const switchOrganizationSchema = z.object({ organizationId: textSchema("Organization").min(1).max(100) });
