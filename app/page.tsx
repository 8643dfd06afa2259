// The app starts at the customer list (which sends signed-out visitors to the login page).
import { redirect } from "next/navigation";

export default function HomePage() {
  redirect("/customers");
}
