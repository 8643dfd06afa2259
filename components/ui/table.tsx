import * as React from "react";

import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <div data-slot="table-container" className="relative w-full overflow-x-auto">
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

// Rows and cells are styled once in ./slots.css (under the table's data-slot) rather than by a class list on each
// of a list's hundreds of cells, which would weigh down every list page's HTML; a className still overrides them.
const TableHeader = styled("thead", "table-header", "[&_tr]:border-b");
const TableBody = styled("tbody", "table-body", "[&_tr:last-child]:border-0");
const TableRow = (props: React.ComponentProps<"tr">) => <tr {...props} />;
const TableHead = (props: React.ComponentProps<"th">) => <th {...props} />;
const TableCell = (props: React.ComponentProps<"td">) => <td {...props} />;

export { Table, TableBody, TableCell, TableHead, TableHeader, TableRow };
