// The Role field of the user, invitation and API key forms: a labelled select of the given roles.
import { SelectField } from "@/components/form/fields";
import { roleLabels, type Role } from "@/lib/auth/permissions";

export function RoleField({ roles }: { roles: readonly Role[] }) {
  const options = roles.map((role) => ({ value: role, label: roleLabels[role] }));
  return <SelectField<{ role: Role }> name="role" label="Role" options={options} />;
}
