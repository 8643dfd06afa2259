// Shown while the customer form page loads.
import { CustomerFormSkeleton } from "../_components/customer-form-skeleton";

export default function CustomerFormLoading() {
  return <CustomerFormSkeleton />;
}
