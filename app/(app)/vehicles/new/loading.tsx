// Shown while the new-vehicle form loads.
export { AssetPageLoading as default } from "../../_components/assets/asset-route-states";
