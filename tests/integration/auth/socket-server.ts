// A real HTTP server for sign-in tests: requests arrive over TCP from a chosen loopback address
// (127.0.0.0/8 is all local on Linux), the socket peer is recorded the way instrumentation.ts does it,
// and the Node request is handed on as a Web Request, as Next.js does.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { recordSocketPeers } from "@/lib/http/client-ip";

interface SendInit {
  from: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SocketServer {
  /** Sends a request from `from` (a 127.x.y.z address) and returns its status and JSON body. */
  send(path: string, init: SendInit): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startSocketServer(handle: (request: Request) => Promise<Response>): Promise<SocketServer> {
  recordSocketPeers();
  const server = http.createServer(async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    try {
      const response = await handle(
        new Request(`http://localhost:3000${req.url}`, { method: req.method, headers, body }),
      );
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    send: (path, { from, body, headers }) =>
      new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const request = http.request(
          {
            host: "127.0.0.1",
            port,
            path,
            method: payload ? "POST" : "GET",
            localAddress: from,
            agent: false,
            headers: { origin: "http://localhost:3000", "content-type": "application/json", ...headers },
          },
          (response) => {
            let text = "";
            response.setEncoding("utf8");
            response.on("data", (chunk: string) => (text += chunk));
            response.on("end", () => {
              resolve({ status: response.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : null });
            });
          },
        );
        request.on("error", reject);
        request.end(payload);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
