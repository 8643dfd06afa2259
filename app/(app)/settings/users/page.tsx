// Settings → Users: members (searchable, paginated in the URL), pending invitations, add and invite.
import type { Metadata } from "next";
import { Suspense } from "react";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { requireCtx } from "@/lib/auth/session";
import { assignableRoles } from "@/lib/auth/permissions";
import { listMembers, listPendingInvitations } from "@/lib/users/queries";
import { readUpToLastPage } from "@/lib/list-params";
import { memberListCodec } from "@/lib/users/list-params";
import { requirePageAccess } from "../../_components/page-access";
import { AddUserDialog } from "./_components/add-user-dialog";
import { InviteUserDialog } from "./_components/invite-user-dialog";
import { MembersTable } from "./_components/members-table";
import { PendingInvitations } from "./_components/pending-invitations";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/users");
  const params = memberListCodec.parse(await searchParams);
  const members = readUpToLastPage((page) => listMembers(ctx, page), params);
  const invitations = listPendingInvitations(ctx);
  const roles = assignableRoles(ctx.role);

  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="users-heading" className="text-lg font-semibold">
            Users
          </h2>
          <p className="text-sm text-muted-foreground">People who can sign in to this organization, and their roles.</p>
        </div>
        <div className="flex gap-2">
          <InviteUserDialog roles={roles} />
          <AddUserDialog roles={roles} />
        </div>
      </div>
      <Suspense fallback={<DataTableSkeleton columnCount={5} rowCount={8} />}>
        <MembersTable members={members} currentUserId={ctx.userId} actorRole={ctx.role} />
      </Suspense>
      <Suspense fallback={null}>
        <PendingInvitations invitations={invitations} />
      </Suspense>
    </section>
  );
}
