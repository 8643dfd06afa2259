"use client";
// Accepting an invitation, in the one way that fits who is at the keyboard: a new person sets their name
// and password; the invited account's owner accepts with one click when signed in as it, or signs in with
// its own password here. Every way ends signed in as the invited account, in the joined organization.
import { useTransition } from "react";
import type * as React from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { LabelledField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/form-actions";
import { FormAlert } from "@/components/form/form-alert";
import { Input } from "@/components/ui/input";
import { applyActionError } from "@/lib/form-errors";
import type { ActionResult } from "@/lib/safe-action";
import { acceptInvitationAction } from "@/lib/users/actions";
import { accountPasswordSchema, MIN_PASSWORD_LENGTH, newAccountSchema } from "@/lib/users/schemas";

export type AcceptMode = "session" | "signIn" | "newAccount";

interface Props {
  invitationId: string;
  email: string;
  organizationName: string;
  mode: AcceptMode;
}

function useAccept<T extends FieldValues>(form: UseFormReturn<T>, organizationName: string) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  function run(accept: () => Promise<ActionResult<{ signedIn: boolean }>>) {
    startTransition(async () => {
      const result = await accept();
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success(`Welcome to ${organizationName}!`);
      router.push(result.data.signedIn ? "/customers" : `/login?next=${encodeURIComponent("/customers")}`);
      router.refresh();
    });
  }
  return { isPending, run };
}

type AcceptFormProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  onSubmit: () => void;
  isPending: boolean;
  submitLabel: string;
  /** The invited email, shown above the password fields; none when no password is asked. */
  email?: string;
  children?: React.ReactNode;
};

function AcceptForm<T extends FieldValues>({
  form,
  onSubmit,
  isPending,
  submitLabel,
  email,
  children,
}: AcceptFormProps<T>) {
  // Until React handles submit, a click would send a native GET with the password in the URL.
  const isHydrated = useIsHydrated();
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {email ? (
          <LabelledField label="Email">
            <Input type="email" value={email} readOnly autoComplete="username" />
          </LabelledField>
        ) : null}
        {children}
        <FormAlert message={form.formState.errors.root?.message} />
        <SubmitButton isPending={isPending} disabled={email !== undefined && !isHydrated}>
          {submitLabel}
        </SubmitButton>
      </form>
    </FormProvider>
  );
}

function PasswordField(props: { autoComplete: string; autoFocus?: boolean; description: string }) {
  return <TextField<{ password: string }> name="password" label="Password" type="password" {...props} />;
}

function AcceptAsSignedIn({ invitationId, organizationName }: Props) {
  const form = useForm();
  const { isPending, run } = useAccept(form, organizationName);
  const onSubmit = form.handleSubmit(() => run(() => acceptInvitationAction({ mode: "session", invitationId })));
  return <AcceptForm form={form} onSubmit={onSubmit} isPending={isPending} submitLabel="Accept invitation" />;
}

function SignInAndAccept({ invitationId, email, organizationName }: Props) {
  const form = useForm({ resolver: zodResolver(accountPasswordSchema), defaultValues: { password: "" } });
  const { isPending, run } = useAccept(form, organizationName);
  const onSubmit = form.handleSubmit(({ password }) =>
    run(async () => {
      const result = await acceptInvitationAction({ mode: "signIn", invitationId, password });
      if ("error" in result) form.resetField("password", { keepError: true });
      return result;
    }),
  );
  return (
    <AcceptForm form={form} onSubmit={onSubmit} isPending={isPending} submitLabel="Sign in and accept" email={email}>
      <PasswordField
        autoComplete="current-password"
        autoFocus
        description={`The password of the existing account for ${email}.`}
      />
    </AcceptForm>
  );
}

function CreateAccountAndAccept({ invitationId, email, organizationName }: Props) {
  const form = useForm({ resolver: zodResolver(newAccountSchema), defaultValues: { name: "", password: "" } });
  const { isPending, run } = useAccept(form, organizationName);
  const onSubmit = form.handleSubmit((account) =>
    run(() => acceptInvitationAction({ mode: "newAccount", invitationId, ...account })),
  );
  return (
    <AcceptForm
      form={form}
      onSubmit={onSubmit}
      isPending={isPending}
      submitLabel="Create account and join"
      email={email}
    >
      <TextField<{ name: string }> name="name" label="Name" autoComplete="name" autoFocus />
      <PasswordField autoComplete="new-password" description={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
    </AcceptForm>
  );
}

export function AcceptInvitationForm(props: Props) {
  if (props.mode === "session") return <AcceptAsSignedIn {...props} />;
  if (props.mode === "signIn") return <SignInAndAccept {...props} />;
  return <CreateAccountAndAccept {...props} />;
}
