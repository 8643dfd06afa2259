"use client";

import { Avatar as AvatarPrimitive } from "radix-ui";

import { styled } from "@/components/ui/styled";

const Avatar = styled(AvatarPrimitive.Root, "avatar", "relative flex size-8 shrink-0 overflow-hidden rounded-full");
const AvatarFallback = styled(
  AvatarPrimitive.Fallback,
  "avatar-fallback",
  "flex size-full items-center justify-center rounded-full bg-muted",
);

export { Avatar, AvatarFallback };
