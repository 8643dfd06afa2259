"use client";

// A list header's total, from the same query promise as its table.
import * as React from "react";

import { Badge } from "@/components/ui/badge";

export function ListCount({ resultPromise, noun }: { resultPromise: Promise<{ total: number }>; noun: string }) {
  const { total } = React.use(resultPromise);
  return (
    <Badge variant="secondary" className="tabular-nums">
      {total.toLocaleString("en-US")}
      <span className="sr-only"> {noun}</span>
    </Badge>
  );
}
