// Sends a File as the raw request body (the browser streams it from disk) and reports upload progress.
// XMLHttpRequest, not fetch(): fetch has no upload progress, and streamed fetch bodies need HTTP/2.

interface UploadError {
  code: string;
  message: string;
}

type UploadResult<T> = { data: T } | { error: UploadError };

export interface UploadHandle<T> {
  promise: Promise<UploadResult<T>>;
  abort: () => void;
}

export function uploadFile<T>(url: string, file: File, onProgress: (fraction: number) => void): UploadHandle<T> {
  const request = new XMLHttpRequest();
  const promise = new Promise<UploadResult<T>>((resolve) => {
    request.open("POST", url);
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { data?: T; error?: UploadError } | T | null;
      if (request.status >= 200 && request.status < 300) {
        const data = body && typeof body === "object" && "data" in body ? (body.data as T) : (body as T);
        resolve({ data });
        return;
      }
      const error = body && typeof body === "object" && "error" in body ? body.error : undefined;
      resolve({ error: error ?? { code: "INTERNAL", message: `The upload failed (HTTP ${request.status}).` } });
    };
    request.onerror = () =>
      resolve({
        error: { code: "NETWORK", message: "The upload was interrupted. Check your connection and try again." },
      });
    request.onabort = () => resolve({ error: { code: "ABORTED", message: "The upload was cancelled." } });
    request.send(file);
  });
  return { promise, abort: () => request.abort() };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
