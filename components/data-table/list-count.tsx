"use client";

// A list header's total, from the same query promise as its table.
import * as React from "react";

import { useDisplayPrefs } from "@/components/display-prefs";
import { Badge } from "@/components/ui/badge";
import { formatListTotal } from "@/lib/number-format";

/** The total as formatListTotal writes it: "1,234", "10,000+" (a lower bound) or "about 1.2M" (an estimate). */
export function ListCount({
  resultPromise,
  noun,
}: {
  resultPromise: Promise<{ total: number; totalCapped?: boolean; totalEstimated?: boolean }>;
  noun: string;
}) {
  const result = React.use(resultPromise);
  const prefs = useDisplayPrefs();
  return (
    <Badge variant="secondary" className="tabular-nums">
      {formatListTotal(result, prefs)}
      <span className="sr-only"> {noun}</span>
    </Badge>
  );
}
