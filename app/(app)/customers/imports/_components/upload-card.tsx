"use client";

// Step 1 of an import: pick or drop a CSV/XLSX file; it is uploaded with a progress bar, then mapped.
import { useRouter } from "next/navigation";
import * as React from "react";
import { FileSpreadsheetIcon, UploadIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/utils";
import { formatBytes, uploadFile, type UploadHandle } from "./upload-file";

const ACCEPT = ".csv,.txt,.tsv,.xlsx";
const acceptedExtension = /\.(csv|txt|tsv|xlsx)$/i;

type UploadCardProps = {
  uploadUrl: string;
  maxFileBytes: number;
  maxRows: number;
};

export function UploadCard({ uploadUrl, maxFileBytes, maxRows }: UploadCardProps) {
  const router = useRouter();
  const inputId = React.useId();
  const [dragging, setDragging] = React.useState(false);
  const [file, setFile] = React.useState<File | null>(null);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const upload = React.useRef<UploadHandle<{ id: string }> | null>(null);

  React.useEffect(() => () => upload.current?.abort(), []);

  async function start(picked: File) {
    setFile(picked);
    setError(null);
    if (!acceptedExtension.test(picked.name)) {
      setError("Choose a .csv, .tsv, .txt or .xlsx file.");
      return;
    }
    if (picked.size > maxFileBytes) {
      setError(
        `The file is ${formatBytes(picked.size)}; the limit is ${formatBytes(maxFileBytes)}. Split it into smaller files.`,
      );
      return;
    }
    if (picked.size === 0) {
      setError("The file is empty.");
      return;
    }
    setProgress(0);
    const url = `${uploadUrl}?filename=${encodeURIComponent(picked.name)}`;
    upload.current = uploadFile<{ id: string }>(url, picked, setProgress);
    const result = await upload.current.promise;
    upload.current = null;
    if ("error" in result) {
      setProgress(null);
      if (result.error.code !== "ABORTED") setError(result.error.message);
      return;
    }
    router.push(`/customers/imports/${result.data.id}`);
  }

  const uploading = progress !== null;

  return (
    <section aria-labelledby="upload-heading" className="flex flex-col gap-3 rounded-lg border p-6">
      <div>
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a file
        </h2>
        <p className="text-sm text-muted-foreground">
          CSV (comma, semicolon, tab or pipe; UTF-8 or Windows-1252) or Excel .xlsx (first sheet), with column names in
          the first row. Up to {formatBytes(maxFileBytes)} and {maxRows.toLocaleString("en-US")} rows.
        </p>
      </div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!uploading) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const dropped = event.dataTransfer.files[0];
          if (dropped && !uploading) void start(dropped);
        }}
        className={cn(
          "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-8 text-center transition-colors",
          dragging ? "border-primary bg-primary/5" : "border-muted-foreground/25",
        )}
      >
        <FileSpreadsheetIcon className="size-8 text-muted-foreground" aria-hidden="true" />
        <p className="text-sm">Drag a file here, or</p>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="peer sr-only"
          disabled={uploading}
          onChange={(event) => {
            const picked = event.target.files?.[0];
            event.target.value = "";
            if (picked) void start(picked);
          }}
        />
        {/* The visible button is the input's label; the (visually hidden) input keeps keyboard focus. */}
        <Button
          asChild
          variant="outline"
          className="peer-focus-visible:border-ring peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50 peer-disabled:pointer-events-none peer-disabled:opacity-50"
        >
          <label htmlFor={inputId} className="cursor-pointer">
            <UploadIcon aria-hidden="true" />
            Choose file
          </label>
        </Button>
      </div>
      {uploading && file ? (
        <div className="flex flex-col gap-2" aria-live="polite">
          <div className="flex items-center justify-between text-sm">
            <span>
              {progress < 1
                ? `Uploading ${file.name} (${formatBytes(file.size)})…`
                : `Uploaded ${file.name}; reading its columns…`}
            </span>
            <span className="tabular-nums">{Math.round(progress * 100)}%</span>
          </div>
          <Progress value={progress * 100} aria-label="Upload progress" />
          <Button variant="ghost" size="sm" className="self-start" onClick={() => upload.current?.abort()}>
            Cancel upload
          </Button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </section>
  );
}
