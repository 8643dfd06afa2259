// Merge customers (managers+): /customers/merge?ids=<survivor>,<other>[,…] compares them side by side;
// the first id is the proposed survivor (switchable on the page).
import type { Metadata } from "next";
import Link from "next/link";

import { requirePageAccess } from "../../_components/page-access";

import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCtx } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getMergeComparison, type MergeComparison } from "@/lib/customers/merge/queries";
import { MergeForm } from "../_components/merge/merge-form";

export const metadata: Metadata = { title: "Merge customers" };

type MergePageProps = { searchParams: Promise<{ ids?: string | string[] }> };

export default async function MergeCustomersPage({ searchParams }: MergePageProps) {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/customers/merge");
  const raw = (await searchParams).ids;
  const ids = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").filter(Boolean);
  let comparison: MergeComparison | null = null;
  let problem: string | null = null;
  try {
    comparison = ids.length > 0 ? await getMergeComparison(ctx, ids) : null;
  } catch (error) {
    if (!isAppError(error) || error.code === "INTERNAL") throw error;
    problem = error.message;
  }

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumbs list={{ href: "/customers", label: "Customers" }} items={[{ label: "Merge customers" }]} />
        <h1 className="text-2xl font-semibold tracking-tight">Merge customers</h1>
      </div>
      {comparison ? (
        <MergeForm key={ids.join(",")} comparison={comparison} />
      ) : (
        <div className="rounded-lg border p-6 text-sm">
          <p className="font-medium">{problem ?? "Choose the customers to merge."}</p>
          <p className="mt-1 text-muted-foreground">
            Open a customer and choose <strong>Merge with…</strong> in its Actions menu.{" "}
            <Link href="/customers" className="underline underline-offset-4">
              Go to customers
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
