-- CreateIndex
CREATE INDEX "asset_organization_id_kind_created_at_idx" ON "asset"("organization_id", "kind", "created_at");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_serial_number_idx" ON "asset"("organization_id", "kind", "serial_number");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_aircraft_class_idx" ON "asset"("organization_id", "kind", "aircraft_class");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_total_airframe_hours_idx" ON "asset"("organization_id", "kind", "total_airframe_hours");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_license_plate_idx" ON "asset"("organization_id", "kind", "license_plate");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_color_idx" ON "asset"("organization_id", "kind", "color");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_mileage_idx" ON "asset"("organization_id", "kind", "mileage");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_home_service_center_id_idx" ON "asset"("organization_id", "kind", "home_service_center_id");

-- CreateIndex
CREATE INDEX "work_order_organization_id_priority_created_at_idx" ON "work_order"("organization_id", "priority", "created_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_type_created_at_idx" ON "work_order"("organization_id", "type", "created_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_service_center_id_created_at_idx" ON "work_order"("organization_id", "service_center_id", "created_at");
