"use client";

// A list header's total, from the same query promise as its table.
import * as React from "react";

import { useDisplayPrefs } from "@/components/display-prefs";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/number-format";

export function ListCount({ resultPromise, noun }: { resultPromise: Promise<{ total: number }>; noun: string }) {
  const { total } = React.use(resultPromise);
  const prefs = useDisplayPrefs();
  return (
    <Badge variant="secondary" className="tabular-nums">
      {formatNumber(total, prefs)}
      <span className="sr-only"> {noun}</span>
    </Badge>
  );
}
