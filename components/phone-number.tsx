// A stored (E.164) phone number laid out for reading, "+18655550101" → "+1 865 555 0101": the default
// export, so a list can load it (and libphonenumber-js) lazily, only when it shows a phone.
import { formatPhone } from "@/lib/fields/phone";

export default function PhoneNumber({ phone }: { phone: string | null }) {
  return formatPhone(phone);
}
