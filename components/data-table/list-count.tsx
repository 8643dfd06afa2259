"use client";

// A list header's total, from the same query promise as its table.
import * as React from "react";

import { useDisplayPrefs } from "@/components/display-prefs";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/number-format";

/** `totalCapped`: the total is a lower bound (a capped search count), shown as "10,000+". */
export function ListCount({
  resultPromise,
  noun,
}: {
  resultPromise: Promise<{ total: number; totalCapped?: boolean }>;
  noun: string;
}) {
  const { total, totalCapped } = React.use(resultPromise);
  const prefs = useDisplayPrefs();
  return (
    <Badge variant="secondary" className="tabular-nums">
      {formatNumber(total, prefs)}
      {totalCapped ? "+" : ""}
      <span className="sr-only"> {noun}</span>
    </Badge>
  );
}
