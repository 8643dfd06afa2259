// Looks the work order up before its pages' loading skeletons stream, so an unknown, malformed or
// other organization's id still answers HTTP 404 (a lookup inside a loading boundary would answer 200).
import type { ReactNode } from "react";
import { requireCtx } from "@/lib/auth/session";
import { loadWorkOrder } from "./load-work-order";

type WorkOrderLayoutProps = { children: ReactNode; params: Promise<{ id: string }> };

export default async function WorkOrderLayout({ children, params }: WorkOrderLayoutProps) {
  await loadWorkOrder(await requireCtx(), (await params).id);
  return children;
}
