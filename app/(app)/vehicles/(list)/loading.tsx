// Shown while the vehicles page resolves the session, before the table streams in.
export { AssetListLoading as default } from "../../_components/assets/asset-route-states";
