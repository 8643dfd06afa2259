// Looks the aircraft up before its pages' loading skeletons stream, so an unknown, malformed or other
// organization's id still answers HTTP 404 (a lookup inside a loading boundary would answer 200).
import type { ReactNode } from "react";
import { requireCtx } from "@/lib/auth/session";
import { loadAsset } from "../../_components/assets/load-asset";

type AircraftLayoutProps = { children: ReactNode; params: Promise<{ id: string }> };

export default async function AircraftLayout({ children, params }: AircraftLayoutProps) {
  await loadAsset(await requireCtx(), (await params).id);
  return children;
}
