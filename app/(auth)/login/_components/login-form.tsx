"use client";
// The sign-in form: validated in the browser with the server's schema; errors from the server
// (wrong credentials, too many attempts) appear above the button.
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2Icon } from "lucide-react";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { Button } from "@/components/ui/button";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";
import { applyActionError } from "@/lib/form-errors";

export function LoginForm({ next }: { next: string }) {
  const [isPending, startTransition] = useTransition();
  // Until React handles submit, a click would send a native GET with the password in the URL.
  const isHydrated = useIsHydrated();
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "", next } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await signInAction(values);
      if (result && "error" in result) {
        applyActionError(form, result.error);
        form.resetField("password", { keepError: true });
      }
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field>
        <FieldLabel>Email</FieldLabel>
        <FieldControl>
          <Input type="email" autoComplete="username" autoFocus {...form.register("email")} />
        </FieldControl>
        <FieldError errors={[errors.email]} />
      </Field>
      <Field>
        <FieldLabel>Password</FieldLabel>
        <FieldControl>
          <Input type="password" autoComplete="current-password" {...form.register("password")} />
        </FieldControl>
        <FieldError errors={[errors.password]} />
      </Field>
      {errors.root ? (
        <p role="alert" className="rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {errors.root.message}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending || !isHydrated}>
        {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
        Sign in
      </Button>
    </form>
  );
}
