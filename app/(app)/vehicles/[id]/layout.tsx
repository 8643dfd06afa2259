// Looks the vehicle up before its pages' loading skeletons stream, so an unknown, malformed or other
// organization's id still answers HTTP 404 (a lookup inside a loading boundary would answer 200).
import type { ReactNode } from "react";
import { requireCtx } from "@/lib/auth/session";
import { loadAsset } from "../../_components/assets/load-asset";

type VehicleLayoutProps = { children: ReactNode; params: Promise<{ id: string }> };

export default async function VehicleLayout({ children, params }: VehicleLayoutProps) {
  await loadAsset(await requireCtx(), (await params).id);
  return children;
}
