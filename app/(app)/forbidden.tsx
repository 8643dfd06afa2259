// The 403 screen of every signed-in page (requirePageAccess): the requested path says which page it was.
import { headers } from "next/headers";
import { NoPermission } from "@/components/no-permission";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";
import { requireCtx } from "@/lib/auth/session";
import { restrictedPageFor } from "./_components/page-access";

const unknownPage = {
  permission: "organization:manage",
  what: "this page",
  action: "open it",
  back: { href: "/customers", label: "Back to customers" },
} as const;

export default async function Forbidden() {
  const [ctx, requestHeaders] = await Promise.all([requireCtx(), headers()]);
  const page = restrictedPageFor(requestHeaders.get(REQUEST_PATH_HEADER)) ?? unknownPage;
  return <NoPermission {...page} role={ctx.role} />;
}
