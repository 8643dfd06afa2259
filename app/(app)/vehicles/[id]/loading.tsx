// Shown while the vehicle loads.
export { AssetPageLoading as default } from "../../_components/assets/asset-route-states";
