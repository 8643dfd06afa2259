// For the jsdom tests (`// @vitest-environment jsdom`): jsdom lacks ResizeObserver, which Radix's checkbox
// (consent and form checkboxes) and popovers use to size themselves. Nothing is measured in jsdom, so a
// no-op one will do. The node tests have no window and are left alone.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

if (typeof window !== "undefined") globalThis.ResizeObserver ??= NoopResizeObserver;
