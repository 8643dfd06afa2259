"use client";
// "Transfer ownership": choose the new owner among staff members and give a reason (required).
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserRoundCogIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/form/form-alert";
import { DialogFormActions } from "@/components/form/form-actions";
import { transferOwnershipAction } from "@/lib/customers/ownership/actions";
import { ownershipTransferSchema, type OwnershipTransferInput } from "@/lib/customers/ownership/schemas";
import { OwnerTransferFields, type OwnerOption } from "./owner-transfer-fields";

const empty: OwnershipTransferInput = { toUserId: "", reason: "" };

export function TransferOwnershipDialog({ customerId, members }: { customerId: string; members: OwnerOption[] }) {
  const form = useForm<OwnershipTransferInput>({
    resolver: zodResolver(ownershipTransferSchema),
    defaultValues: empty,
  });
  const { errors } = form.formState;
  const { open, setOpen, changeOpen, isPending, onSubmit } = useFormDialog(form, {
    initial: empty,
    save: (values) => transferOwnershipAction({ ...values, id: customerId }),
    successMessage: "Ownership transferred",
  });

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <UserRoundCogIcon aria-hidden="true" />
          Transfer ownership
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Transfer ownership</DialogTitle>
            <DialogDescription>The transfer and its reason are kept in the ownership history.</DialogDescription>
          </DialogHeader>
          <OwnerTransferFields
            members={members}
            owner={form.register("toUserId")}
            reason={form.register("reason")}
            errors={errors}
            reasonPlaceholder="e.g. Account moves to the Knoxville team"
          />
          <FormAlert message={errors.root?.message} />
          <DialogFormActions onCancel={() => setOpen(false)} isPending={isPending}>
            Transfer
          </DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
