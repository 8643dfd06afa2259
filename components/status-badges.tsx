// Record status badges every domain shows: active (green) or inactive (grey), and archived.
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

export function ArchivedBadge({ className }: { className?: string }) {
  return (
    <Badge variant="outline" className={cn("border-dashed text-muted-foreground", className)}>
      Archived
    </Badge>
  );
}

export function ActiveBadge({ active, className }: { active: boolean; className?: string }) {
  return (
    <Badge
      variant="outline"
      className={cn(
        active
          ? "border-emerald-200 bg-emerald-50 text-emerald-700 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
          : "border-zinc-200 bg-zinc-100 text-zinc-600 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-400",
        className,
      )}
    >
      {active ? "Active" : "Inactive"}
    </Badge>
  );
}
