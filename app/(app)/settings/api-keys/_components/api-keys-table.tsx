"use client";
// The organization's API keys: name, prefix, role, dates and status; never the secret.
import { use } from "react";
import { Badge } from "@/components/ui/badge";
import { showFromClass } from "@/components/data-table/responsive";
import { SimpleTable } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { ApiKeyRow } from "@/lib/api-keys/queries";
import { isRole, roleLabels } from "@/lib/auth/permissions";
import { LocalDate } from "@/components/time";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

export function ApiKeysTable({ keys }: { keys: Promise<ApiKeyRow[]> }) {
  const rows = use(keys);

  return (
    <SimpleTable
      caption="API keys"
      columns={[
        "Name",
        { label: "Key", className: showFromClass.sm },
        { label: "Role", className: showFromClass.md },
        { label: "Created", className: showFromClass.lg },
        { label: "Last used", className: showFromClass.md },
        "Status",
      ]}
      actions
      empty={
        rows.length === 0
          ? "No API keys yet. Create one for each integration so you can revoke them separately."
          : undefined
      }
    >
      {rows.map((key) => (
        <TableRow key={key.id} className={key.revokedAt ? "text-muted-foreground" : undefined}>
          <TableCell className="font-medium">{key.name}</TableCell>
          <TableCell className={`font-mono text-xs ${showFromClass.sm}`}>{key.prefix}…</TableCell>
          <TableCell className={showFromClass.md}>{isRole(key.role) ? roleLabels[key.role] : key.role}</TableCell>
          <TableCell className={showFromClass.lg}>
            <LocalDate date={key.createdAt} />
          </TableCell>
          <TableCell className={showFromClass.md}>
            {key.lastUsedAt ? <LocalDate date={key.lastUsedAt} withTime /> : "Never"}
          </TableCell>
          <TableCell>
            {key.revokedAt ? <Badge variant="outline">Revoked</Badge> : <Badge variant="secondary">Active</Badge>}
          </TableCell>
          <TableCell className="text-right">
            {key.revokedAt ? null : <RevokeApiKeyButton id={key.id} name={key.name} />}
          </TableCell>
        </TableRow>
      ))}
    </SimpleTable>
  );
}
