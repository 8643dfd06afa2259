"use client";

import { Avatar as AvatarPrimitive } from "radix-ui";

import { styled } from "@/components/ui/styled";

const Avatar = styled(AvatarPrimitive.Root, "avatar", "relative flex size-8 shrink-0 overflow-hidden rounded-full");
const AvatarFallback = styled(
  AvatarPrimitive.Fallback,
  "avatar-fallback",
  "flex size-full items-center justify-center rounded-full bg-muted",
);

/** One or two capital letters for a person's avatar: first and last word of the name. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase());
  return (letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? "?")).slice(0, 2);
}

export { Avatar, AvatarFallback, initials };
