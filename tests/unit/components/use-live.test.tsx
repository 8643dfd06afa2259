// @vitest-environment jsdom
// A page's live connection (components/live/use-live.ts): the first connection starts after the cursor
// the page was rendered at; a re-render (a refresh brings a newer cursor and new handlers) keeps the
// connection and calls the new handlers; another record's topics connect from the cursor their render
// brought, not from the old page's position.
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLive, type LiveHandlers } from "@/components/live/use-live";

/** The browser's EventSource, as far as the hook uses it: opened URLs, their listeners, close. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, (event: Event) => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown, lastEventId = "") {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
  get params() {
    return new URL(this.url, "http://localhost").searchParams;
  }
}

interface Props {
  topics: string[];
  handlers: LiveHandlers;
  since?: string | null;
}

const change = { type: "customer.updated", actor: { name: "Sam Staff", self: false } };

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("useLive", () => {
  it("connects to the topics after the page's cursor, and re-renders keep the connection", () => {
    const first = { onChange: vi.fn() };
    const { rerender } = renderHook((props: Props) => useLive(props.topics, props.handlers, props.since), {
      initialProps: { topics: ["customer:a"], handlers: first, since: "c10" },
    });
    expect(FakeEventSource.opened).toHaveLength(1);
    const [source] = FakeEventSource.opened;
    expect(source!.params.getAll("topic")).toEqual(["customer:a"]);
    expect(source!.params.get("after")).toBe("c10");

    source!.emit("change", change, "c11");
    expect(first.onChange).toHaveBeenCalledWith(change);

    // A refresh: a newer cursor and new handlers, the same topics.
    const second = { onChange: vi.fn() };
    rerender({ topics: ["customer:a"], handlers: second, since: "c11" });
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(source!.closed).toBe(false);
    source!.emit("change", change, "c12");
    expect(second.onChange).toHaveBeenCalledTimes(1);
    expect(first.onChange).toHaveBeenCalledTimes(1);
  });

  it("connects another record's topics from the cursor their render brought", () => {
    const handlers = { onChange: vi.fn() };
    const { rerender } = renderHook((props: Props) => useLive(props.topics, props.handlers, props.since), {
      initialProps: { topics: ["customer:a"], handlers, since: "c10" },
    });
    FakeEventSource.opened[0]!.emit("change", change, "c11");

    rerender({ topics: ["customer:b"], handlers, since: "c40" });
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[0]!.closed).toBe(true);
    expect(FakeEventSource.opened[1]!.params.getAll("topic")).toEqual(["customer:b"]);
    expect(FakeEventSource.opened[1]!.params.get("after")).toBe("c40");
  });

  it("without a cursor starts at the present, and with no topics opens nothing", () => {
    const handlers = { onPresence: vi.fn(), onReset: vi.fn() };
    const { rerender, unmount } = renderHook((props: Props) => useLive(props.topics, props.handlers, props.since), {
      initialProps: { topics: [] as string[], handlers } as Props,
    });
    expect(FakeEventSource.opened).toHaveLength(0);

    rerender({ topics: ["customers"], handlers, since: null });
    const [source] = FakeEventSource.opened;
    expect(source!.params.has("after")).toBe(false);
    source!.emit("presence", { resource: "customers", people: [] });
    source!.emit("reset", {});
    expect(handlers.onPresence).toHaveBeenCalledWith({ resource: "customers", people: [] });
    expect(handlers.onReset).toHaveBeenCalledTimes(1);

    unmount();
    expect(source!.closed).toBe(true);
  });
});
