// Shown while the edit form loads.
export { AssetPageLoading as default } from "../../../_components/assets/asset-route-states";
