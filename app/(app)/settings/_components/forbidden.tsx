// What a member sees on a settings page their role does not allow.
import { ShieldAlertIcon } from "lucide-react";

export function Forbidden({ what = "Settings" }: { what?: string }) {
  return (
    <div role="alert" className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-10 text-center">
      <ShieldAlertIcon className="size-8 text-muted-foreground" aria-hidden="true" />
      <h2 className="font-semibold">You don&apos;t have access to {what}</h2>
      <p className="max-w-md text-sm text-muted-foreground">
        Only administrators and owners can change these settings. Ask an administrator if you need access.
      </p>
    </div>
  );
}
