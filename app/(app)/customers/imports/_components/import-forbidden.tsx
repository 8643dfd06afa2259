// What a member below manager sees on the import pages.
import { ShieldAlertIcon } from "lucide-react";

export function ImportForbidden() {
  return (
    <div role="alert" className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-10 text-center">
      <ShieldAlertIcon className="size-8 text-muted-foreground" aria-hidden="true" />
      <h2 className="font-semibold">You don&apos;t have access to imports</h2>
      <p className="max-w-md text-sm text-muted-foreground">
        Only managers, administrators and owners can import customers. Ask one of them if you need a file imported.
      </p>
    </div>
  );
}
