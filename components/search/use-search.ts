"use client";
// Debounced search against /api/v1/search; the previous request is aborted when the query changes.
import { useEffect, useState } from "react";
import type { SearchResponse, SearchResult } from "@/lib/reads/types/entities";
import { searchUrl } from "@/lib/view/load/search-client";

export function useSearch(query: string, limit = 20, delayMs = 120) {
  const [state, setState] = useState<{ query: string; results: SearchResult[]; error: string | null }>({
    query: "",
    results: [],
    error: null,
  });
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (q === "") {
      setState({ query: "", results: [], error: null });
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    const run = async () => {
      try {
        const res = await fetch(searchUrl(q, limit), {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!res.ok) throw new Error(`Search failed (HTTP ${res.status})`);
        const body = (await res.json()) as SearchResponse;
        setState({ query: q, results: body.results, error: null });
      } catch (err) {
        if (controller.signal.aborted) return;
        setState({ query: q, results: [], error: err instanceof Error ? err.message : "Search failed" });
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    };
    const timer = window.setTimeout(() => void run(), delayMs);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query, limit, delayMs]);
  return { ...state, loading };
}
