"use client";
// The members table: server-paginated and searchable through the URL, with per-row actions.
import { use, useMemo } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Badge } from "@/components/ui/badge";
import { roleLabels, type Role } from "@/lib/auth/permissions";
import type { MemberRow } from "@/lib/users/queries";
import { LocalDate } from "@/components/time";
import { memberListCodec } from "@/lib/users/list-params";
import { MemberRowActions } from "./member-row-actions";

interface Props {
  members: Promise<{ rows: MemberRow[]; total: number; pageCount: number; page: number }>;
  currentUserId: string | null;
  actorRole: Role;
}

function buildMemberColumns(currentUserId: string | null, actorRole: Role): ColumnDef<MemberRow, unknown>[] {
  return [
    {
      accessorKey: "name",
      header: "Name",
      cell: ({ row }) => (
        <span className="font-medium">
          {row.original.name}
          {row.original.userId === currentUserId ? (
            <span className="ml-2 text-xs text-muted-foreground">(you)</span>
          ) : null}
          <span className="block text-xs font-normal break-all whitespace-normal text-muted-foreground sm:hidden">
            {row.original.email}
          </span>
        </span>
      ),
    },
    { accessorKey: "email", header: "Email", meta: { showFrom: "sm" } },
    {
      accessorKey: "role",
      header: "Role",
      cell: ({ row }) => (
        <Badge variant={row.original.role === "owner" || row.original.role === "admin" ? "default" : "secondary"}>
          {roleLabels[row.original.role]}
        </Badge>
      ),
    },
    {
      accessorKey: "joinedAt",
      header: "Joined",
      meta: { showFrom: "md" },
      cell: ({ row }) => <LocalDate date={row.original.joinedAt} />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <MemberRowActions member={row.original} currentUserId={currentUserId} actorRole={actorRole} />,
    },
  ];
}

export function MembersTable({ members, currentUserId, actorRole }: Props) {
  const result = use(members);
  const columns = useMemo(() => buildMemberColumns(currentUserId, actorRole), [currentUserId, actorRole]);
  const { table, isPending } = useDataTable({
    codec: memberListCodec,
    result,
    columns,
    getRowId: (row) => row.id,
  });

  return (
    <div className="flex flex-col gap-3">
      <DataTableToolbar table={table} searchLabel="Search users" searchPlaceholder="Search by name or email…" />
      <DataTable
        table={table}
        caption="Users"
        isPending={isPending}
        emptyState={<p className="py-6 text-center text-sm text-muted-foreground">No users match this search.</p>}
      />
      <DataTablePagination table={table} />
    </div>
  );
}
