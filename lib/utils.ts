// Class-name helper shared by every UI component: conditional classes, Tailwind conflicts resolved.
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
