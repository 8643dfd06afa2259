"use client";
// The sign-in form: validated in the browser with the server's schema; errors from the server
// (wrong credentials, too many attempts) appear above the button.
import { useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/form-actions";
import { FormAlert } from "@/components/form/form-alert";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";
import { applyActionError } from "@/lib/form-errors";

type SignInValues = { email: string; password: string };

export function LoginForm({ next }: { next: string }) {
  const [isPending, startTransition] = useTransition();
  // Until React handles submit, a click would send a native GET with the password in the URL.
  const isHydrated = useIsHydrated();
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "", next } });

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
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField<SignInValues> name="email" label="Email" type="email" autoComplete="username" autoFocus />
        <TextField<SignInValues> name="password" label="Password" type="password" autoComplete="current-password" />
        <FormAlert message={form.formState.errors.root?.message} />
        <SubmitButton isPending={isPending} disabled={!isHydrated}>
          Sign in
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
