"use client";
// Deactivate (no new work orders there) or reactivate a service center.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ServiceCenterRow } from "@/lib/service-centers/queries";
import { setServiceCenterActiveAction } from "@/lib/service-centers/actions";

export function ServiceCenterActiveButton({ center }: { center: Pick<ServiceCenterRow, "id" | "code" | "active"> }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const verb = center.active ? "Deactivate" : "Reactivate";

  const toggle = () =>
    startTransition(async () => {
      const result = await setServiceCenterActiveAction({ id: center.id, active: !center.active });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`${center.code} ${center.active ? "deactivated" : "reactivated"}`);
      router.refresh();
    });

  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={isPending}
      onClick={toggle}
      aria-label={`${verb} ${center.code}`}
    >
      {verb}
    </Button>
  );
}
