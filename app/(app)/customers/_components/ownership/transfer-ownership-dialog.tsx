"use client";
// "Transfer ownership": choose the new owner among staff members and give a reason (required).
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserRoundCogIcon } from "lucide-react";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import { transferOwnershipAction } from "@/lib/customers/ownership/actions";
import { ownershipTransferSchema, type OwnershipTransferInput } from "@/lib/customers/ownership/schemas";
import { OwnerTransferFields, type OwnerOption } from "./owner-transfer-fields";

const empty: OwnershipTransferInput = { toUserId: "", reason: "" };

export function TransferOwnershipDialog({ customerId, members }: { customerId: string; members: OwnerOption[] }) {
  const form = useForm<OwnershipTransferInput>({
    resolver: zodResolver(ownershipTransferSchema),
    defaultValues: empty,
  });
  const dialog = useFormDialog(form, {
    initial: empty,
    save: (values) => transferOwnershipAction({ ...values, id: customerId }),
    successMessage: "Ownership transferred",
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={ownershipTransferSchema}
      trigger={
        <Button variant="outline" size="sm">
          <UserRoundCogIcon aria-hidden="true" />
          Transfer ownership
        </Button>
      }
      title="Transfer ownership"
      description="The transfer and its reason are kept in the ownership history."
      submitLabel="Transfer"
    >
      <OwnerTransferFields members={members} reasonPlaceholder="e.g. Account moves to the Knoxville team" />
    </FormDialog>
  );
}
