"use client";
// The organization's service centers: code, name, status and, for admins, edit and (de)activate.
import { use } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ServiceCenterRow } from "@/lib/service-centers/queries";
import { formatUtcDate } from "@/lib/format";
import { ServiceCenterActiveButton } from "./service-center-active-button";
import { ServiceCenterDialog } from "./service-center-dialog";

export function ServiceCentersTable({
  centers,
  canManage,
}: {
  centers: Promise<ServiceCenterRow[]>;
  canManage: boolean;
}) {
  const rows = use(centers);

  return (
    <div className="overflow-hidden rounded-md border">
      <Table>
        <caption className="sr-only">Service centers</caption>
        <TableHeader>
          <TableRow>
            <TableHead>Code</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Created</TableHead>
            {canManage ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={canManage ? 5 : 4} className="py-6 text-center text-sm text-muted-foreground">
                No service centers yet.
                {canManage ? " Add one to start opening work orders." : " Ask an admin to add one."}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((center) => (
              <TableRow key={center.id} className={center.active ? undefined : "text-muted-foreground"}>
                <TableCell className="font-mono text-xs font-medium">{center.code}</TableCell>
                <TableCell className="font-medium">{center.name}</TableCell>
                <TableCell>
                  {center.active ? (
                    <Badge variant="secondary">Active</Badge>
                  ) : (
                    <Badge variant="outline">Inactive</Badge>
                  )}
                </TableCell>
                <TableCell>{formatUtcDate(center.createdAt)}</TableCell>
                {canManage ? (
                  <TableCell className="flex justify-end gap-2">
                    <ServiceCenterDialog mode={{ kind: "edit", center }} />
                    <ServiceCenterActiveButton center={center} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
