import type { Metadata } from "next";
import { NotFoundView } from "@/components/search/not-found-view";

export const metadata: Metadata = {
  title: "Not found",
  description: "No page here; search suggestions for what you were looking for.",
};

export default function NotFound() {
  return <NotFoundView />;
}
