// Shown when an asset has no customers, or a customer no aircraft or vehicles.
import { LinkIcon } from "lucide-react";

export function LinksEmptyState({ text }: { text: string }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
      <LinkIcon aria-hidden="true" className="size-6 text-muted-foreground" />
      <p className="max-w-sm text-sm text-muted-foreground">{text}</p>
    </div>
  );
}
