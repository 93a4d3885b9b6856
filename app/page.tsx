import { BoardSummaryList } from "@/components/board-summary";
import { getBoardSummaries } from "@/lib/store/boards";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const boards = await getBoardSummaries();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Where the strongest LLMs come from</h1>
      <BoardSummaryList boards={boards} />
    </div>
  );
}
