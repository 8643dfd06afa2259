// An unknown aircraft id (or one from another organization): same answer either way.
import { AssetNotFound } from "../_components/assets/asset-route-states";

export default function AircraftNotFound() {
  return <AssetNotFound kind="aircraft" />;
}
