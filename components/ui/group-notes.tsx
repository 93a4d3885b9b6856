// Defines the country groups (Europe, Other, Unknown) shown next to it, so a reader never has to guess what they hold.
import { groupDefinition } from "@/lib/view/url/labels";

export function GroupNotes({ keys }: { keys: readonly string[] }) {
  const notes = [...new Set(keys)].map(groupDefinition).filter((d): d is string => d !== null);
  if (notes.length === 0) return null;
  return (
    <p className="text-xs text-[var(--muted)]" data-testid="group-notes">
      {notes.join(" ")}
    </p>
  );
}
