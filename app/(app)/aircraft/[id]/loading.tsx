// Shown while the aircraft loads.
export { AssetPageLoading as default } from "../../_components/assets/asset-route-states";
