// Shown while the edit customer form loads.
import { CustomerFormSkeleton } from "../../_components/customer-form-skeleton";

export default function EditCustomerLoading() {
  return <CustomerFormSkeleton />;
}
