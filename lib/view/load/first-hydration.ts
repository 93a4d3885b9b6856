// Whether the page's first hydration has committed. Components that keep server markup through that first
// hydration (components/ui/server-markup.tsx) read it during render; the root providers set it from an effect, which
// React runs only after the first commit. A module flag rather than state: reading it must not schedule a render.
let done = false;

export function firstHydrationDone(): boolean {
  return done;
}

export function markFirstHydrationDone(): void {
  done = true;
  // Visible to end-to-end tests as the sign that the client has taken over (tests/e2e/helpers.ts).
  document.documentElement.dataset.hydrated = "";
}
