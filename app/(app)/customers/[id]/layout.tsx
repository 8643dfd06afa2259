// Looks the customer up before its pages' loading skeletons stream, so an unknown, malformed or
// other organization's id still answers HTTP 404 (a lookup inside a loading boundary would answer 200).
import type { ReactNode } from "react";
import { requireCtx } from "@/lib/auth/session";
import { loadCustomer } from "./load-customer";

type CustomerLayoutProps = { children: ReactNode; params: Promise<{ id: string }> };

export default async function CustomerLayout({ children, params }: CustomerLayoutProps) {
  await loadCustomer(await requireCtx(), (await params).id);
  return children;
}
