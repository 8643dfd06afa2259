// Aircraft detail: the shared asset detail page for kind "aircraft".
import { AssetDetailPage, assetPageMetadata, type AssetPageProps } from "../../_components/assets/asset-detail-page";

export function generateMetadata(props: AssetPageProps) {
  return assetPageMetadata("aircraft", props);
}

export default function AircraftPage(props: AssetPageProps) {
  return <AssetDetailPage kind="aircraft" {...props} />;
}
