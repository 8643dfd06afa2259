// The shape most ui components share: an element (or a Radix part) marked with its `data-slot`, with
// base classes that the caller's `className` extends or overrides.
import * as React from "react";

import { cn } from "@/lib/utils";

export function styled<T extends React.ElementType>(component: T, slot: string, ...classes: string[]) {
  const Component: React.ElementType = component;
  function Styled({ className, ...props }: React.ComponentProps<T> & { className?: string }) {
    return <Component data-slot={slot} className={cn(...classes, className) || undefined} {...props} />;
  }
  return Styled;
}
