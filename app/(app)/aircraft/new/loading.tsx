// Shown while the new-aircraft form loads.
export { AssetPageLoading as default } from "../../_components/assets/asset-route-states";
