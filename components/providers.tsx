"use client";
// App-wide client context: TanStack Query cache, nuqs URL-state adapter, next-themes (the `.dark` class on <html>).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useEffect, useState, type ReactNode } from "react";
import { markFirstHydrationDone } from "@/lib/view/load/first-hydration";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data changes a few times a day: hydrated server data must not be refetched right after the first paint.
      queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  // After the first commit: from now on ServerMarkup renders its children (components/ui/server-markup.tsx).
  useEffect(markFirstHydrationDone, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <QueryClientProvider client={client}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
