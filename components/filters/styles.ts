// Shared class names for form controls, so every filter looks and focuses the same.
export const selectClass =
  "rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm text-[var(--fg)] focus-visible:outline-2 focus-visible:outline-[var(--accent)]";
export const labelClass = "flex flex-col gap-1 text-xs font-medium text-[var(--muted)]";
export const segmentClass =
  "cursor-pointer rounded border border-[var(--border)] px-2 py-1 text-sm has-[:checked]:border-[var(--accent)] has-[:checked]:bg-[var(--accent)] has-[:checked]:text-[var(--bg)] has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--accent)]";
