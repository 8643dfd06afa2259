// A native select of roles, for forms (use inside a Field so it gets its label).
import type * as React from "react";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { roleLabels, type Role } from "@/lib/auth/permissions";

export function RoleSelect({
  roles,
  ...props
}: React.ComponentProps<typeof NativeSelect> & { roles: readonly Role[] }) {
  return (
    <NativeSelect {...props}>
      {roles.map((role) => (
        <NativeSelectOption key={role} value={role}>
          {roleLabels[role]}
        </NativeSelectOption>
      ))}
    </NativeSelect>
  );
}
