"use client";

// Shown on an edit form when someone else saved the record first; the typed input is kept.
import * as React from "react";
import { TriangleAlertIcon } from "lucide-react";

export function ConflictAlert({ message, reloadHref }: { message: string; reloadHref: string }) {
  const ref = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    ref.current?.scrollIntoView({ block: "center" });
  }, [message]);

  return (
    <div
      ref={ref}
      role="alert"
      className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      <TriangleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="flex flex-col gap-1">
        <p className="font-medium">{message}</p>
        <p>
          Your changes are still in the form below.{" "}
          {/* A full page load, so the form starts again from the saved customer. */}
          <a href={reloadHref} className="font-medium underline underline-offset-4">
            Reload
          </a>{" "}
          to see the latest version (this discards your changes).
        </p>
      </div>
    </div>
  );
}
