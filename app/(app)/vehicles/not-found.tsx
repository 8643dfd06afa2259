// An unknown vehicle id (or one from another organization): same answer either way.
import { AssetNotFound } from "../_components/assets/asset-route-states";

export default function VehicleNotFound() {
  return <AssetNotFound kind="vehicle" />;
}
