"use client";
// The organization's API keys: name, prefix, role, dates and status; never the secret.
import { use } from "react";
import { Badge } from "@/components/ui/badge";
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
      columns={["Name", "Key", "Role", "Created", "Last used", "Status"]}
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
          <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
          <TableCell>{isRole(key.role) ? roleLabels[key.role] : key.role}</TableCell>
          <TableCell>
            <LocalDate date={key.createdAt} />
          </TableCell>
          <TableCell>{key.lastUsedAt ? <LocalDate date={key.lastUsedAt} withTime /> : "Never"}</TableCell>
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
