"use client";
// The organization's service centers: code, name, status and, for admins, edit and (de)activate.
import { use } from "react";
import { Badge } from "@/components/ui/badge";
import { showFromClass } from "@/components/data-table/responsive";
import { SimpleTable } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { ServiceCenterRow } from "@/lib/service-centers/queries";
import { LocalDate } from "@/components/time";
import { ServiceCenterActiveButton } from "./service-center-active-button";
import { ServiceCenterDialog } from "./service-center-dialog";
import { ServiceCenterMembersDialog } from "./service-center-members-dialog";

interface MemberRef {
  id: string;
  name: string;
}

export function ServiceCentersTable({
  centers,
  canManage,
  teams,
}: {
  centers: Promise<ServiceCenterRow[]>;
  canManage: boolean;
  /** Each center's members, and every member of the organization (for the Members dialog). */
  teams: Promise<{ byCenter: Record<string, MemberRef[]>; members: MemberRef[] }>;
}) {
  const rows = use(centers);
  const { byCenter, members } = use(teams);

  return (
    <SimpleTable
      caption="Service centers"
      columns={["Code", "Name", "Status", "Members", { label: "Created", className: showFromClass.md }]}
      actions={canManage}
      empty={
        rows.length === 0
          ? `No service centers yet.${canManage ? " Add one to start opening work orders." : " Ask an admin to add one."}`
          : undefined
      }
    >
      {rows.map((center) => (
        <TableRow key={center.id} className={center.active ? undefined : "text-muted-foreground"}>
          <TableCell className="font-mono text-xs font-medium">{center.code}</TableCell>
          <TableCell className="font-medium">{center.name}</TableCell>
          <TableCell>
            {center.active ? <Badge variant="secondary">Active</Badge> : <Badge variant="outline">Inactive</Badge>}
          </TableCell>
          <TableCell className="max-w-64 text-sm whitespace-normal">
            {(byCenter[center.id] ?? []).map((member) => member.name).join(", ") || (
              <span className="text-muted-foreground">None</span>
            )}
          </TableCell>
          <TableCell className={showFromClass.md}>
            <LocalDate date={center.createdAt} />
          </TableCell>
          {canManage ? (
            <TableCell className="flex justify-end gap-2">
              <ServiceCenterDialog mode={{ kind: "edit", center }} />
              <ServiceCenterMembersDialog center={center} members={members} current={byCenter[center.id] ?? []} />
              <ServiceCenterActiveButton center={center} />
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </SimpleTable>
  );
}
