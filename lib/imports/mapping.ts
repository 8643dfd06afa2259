// Column mapping for customer imports (pure): the targets, a proposal from header names, checks, and row mapping.
export { importTargetGroups, importTargets, type MappingTarget } from "@/lib/imports/map/targets";
export { proposeMapping, validateMapping, type ColumnMapping } from "@/lib/imports/map/propose";
export { applyMapping, type MappedRow } from "@/lib/imports/map/apply";
export { headersForPath } from "@/lib/imports/map/paths";
