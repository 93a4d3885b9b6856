"use client";
// The search palette itself (cmdk), loaded only when a visitor first opens search: its code is not part of the
// first load of any page. Results come from /api/v1/search (fuzzy, server-side), grouped by kind, navigable with
// the arrow keys; Enter opens the page.
import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { groupResults } from "@/lib/view/load/search-client";
import { Flag } from "@/components/ui/flag";
import { useSearch } from "./use-search";

export default function SearchDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const [query, setQuery] = useState("");
  const router = useRouter();
  const { results, loading, error, query: answered } = useSearch(open ? query : "");

  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    router.push(href);
  };
  const groups = groupResults(results);
  const settled = !loading && answered === query.trim();

  return (
    <Command.Dialog
      open={open}
      onOpenChange={setOpen}
      label="Search models, organizations and countries"
      shouldFilter={false}
      loop
      overlayClassName="fixed inset-0 z-40 bg-black/40"
      contentClassName="fixed left-1/2 top-[10vh] z-50 w-[min(40rem,calc(100vw-1.5rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-[var(--border)] bg-[var(--bg)] text-[var(--fg)] shadow-2xl"
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        placeholder="Search models, organizations, countries…"
        aria-label="Search"
        className="w-full border-b border-[var(--border)] bg-transparent px-4 py-3 text-base outline-none"
      />
      <Command.List className="max-h-[60vh] overflow-y-auto p-2" aria-label="Search results">
        {loading && (
          <Command.Loading>
            <p className="px-2 py-3 text-sm text-[var(--muted)]">Searching…</p>
          </Command.Loading>
        )}
        {error && (
          <p className="px-2 py-3 text-sm text-red-700 dark:text-red-300" role="alert">
            {error}
          </p>
        )}
        {query.trim() === "" && (
          <p className="px-2 py-3 text-sm text-[var(--muted)]">
            Type a model (qwen2-72b), a developer (Mistral) or a country (China).
          </p>
        )}
        {settled && !error && query.trim() !== "" && results.length === 0 && (
          <p className="px-2 py-3 text-sm" role="status" data-testid="search-empty">
            No match for “{query.trim()}”.
          </p>
        )}
        {groups.map((g) => (
          <Command.Group
            key={g.id}
            heading={g.heading}
            className="mb-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-[var(--muted)]"
          >
            {g.results.map((r) => (
              <Command.Item
                key={`${r.type}|${r.board ?? ""}|${r.key}`}
                value={`${r.type}|${r.board ?? ""}|${r.key}`}
                onSelect={() => go(r.href)}
                className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm data-[selected=true]:bg-[var(--card)] data-[selected=true]:outline data-[selected=true]:outline-1 data-[selected=true]:outline-[var(--accent)]"
                data-href={r.href}
              >
                <Flag code={r.country} />
                <span className="min-w-0 flex-1 truncate">{r.label}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command.Dialog>
  );
}
