// Vehicle detail: the shared asset detail page for kind "vehicle".
import { AssetDetailPage, assetPageMetadata, type AssetPageProps } from "../../_components/assets/asset-detail-page";

export function generateMetadata(props: AssetPageProps) {
  return assetPageMetadata("vehicle", props);
}

export default function VehiclePage(props: AssetPageProps) {
  return <AssetDetailPage kind="vehicle" {...props} />;
}
