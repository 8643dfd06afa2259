"use client";
// Accepting an invitation: name + password for a new account (then signed in), or one button for
// someone who already has an account (then sent to sign in).
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Loader2Icon } from "lucide-react";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { Button } from "@/components/ui/button";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/form-errors";
import { acceptInvitationAction } from "@/lib/users/actions";
import { MIN_PASSWORD_LENGTH, newAccountSchema } from "@/lib/users/schemas";

interface Props {
  invitationId: string;
  email: string;
  hasAccount: boolean;
}

export function AcceptInvitationForm({ invitationId, email, hasAccount }: Props) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  // Until React handles submit, a click would send a native GET with the password in the URL.
  const isHydrated = useIsHydrated();
  const form = useForm({ resolver: zodResolver(newAccountSchema), defaultValues: { name: "", password: "" } });
  const { errors } = form.formState;

  function accept(account: { name?: string; password?: string }) {
    startTransition(async () => {
      const result = await acceptInvitationAction({ invitationId, ...account });
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success("Welcome aboard!");
      router.push(result.data.signedIn ? "/customers" : `/login?next=${encodeURIComponent("/customers")}`);
    });
  }

  if (hasAccount) {
    return (
      <div className="flex flex-col gap-4">
        {errors.root ? <p role="alert" className="text-sm text-destructive">{errors.root.message}</p> : null}
        <Button onClick={() => accept({})} disabled={isPending}>
          {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
          Accept invitation
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(accept)} noValidate className="flex flex-col gap-4">
      <Field>
        <FieldLabel>Email</FieldLabel>
        <FieldControl>
          <Input type="email" value={email} readOnly autoComplete="username" />
        </FieldControl>
      </Field>
      <Field>
        <FieldLabel>Name</FieldLabel>
        <FieldControl>
          <Input autoComplete="name" autoFocus {...form.register("name")} />
        </FieldControl>
        <FieldError errors={[errors.name]} />
      </Field>
      <Field>
        <FieldLabel>Password</FieldLabel>
        <FieldControl>
          <Input type="password" autoComplete="new-password" {...form.register("password")} />
        </FieldControl>
        <FieldDescription>At least {MIN_PASSWORD_LENGTH} characters.</FieldDescription>
        <FieldError errors={[errors.password]} />
      </Field>
      {errors.root ? <p role="alert" className="text-sm text-destructive">{errors.root.message}</p> : null}
      <Button type="submit" disabled={isPending || !isHydrated}>
        {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
        Create account and join
      </Button>
    </form>
  );
}
