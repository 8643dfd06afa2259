// A customer tier as a badge in its colour (a swatch dot keeps it readable on any colour).
import { Badge } from "@/components/ui/badge";

export function TierBadge({ tier }: { tier: { name: string; color: string } }) {
  return (
    <Badge variant="outline" className="gap-1.5" style={{ borderColor: tier.color }}>
      <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: tier.color }} />
      {tier.name}
    </Badge>
  );
}
