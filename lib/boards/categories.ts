// Arena prompt categories. Names are open-ended strings from upstream: any name is stored and served, and shown under
// its raw name unless it is one we know. `overall` is the default everywhere, and the only category of other boards.
import * as z from "zod/mini";
import { quoteInput } from "@/lib/core/quote-input";

export const OVERALL = "overall";

/** Labels for the names upstream has used; a name missing here is shown as it is. */
const LABELS: Record<string, string> = {
  overall: "Overall",
  chinese: "Chinese prompts",
  english: "English prompts",
  french: "French prompts",
  german: "German prompts",
  japanese: "Japanese prompts",
  korean: "Korean prompts",
  russian: "Russian prompts",
  spanish: "Spanish prompts",
  coding: "Coding",
  math: "Math",
  creative_writing: "Creative writing",
  expert: "Expert",
  hard_6: "Hard prompts",
  hard_english_6: "Hard prompts (English)",
  if: "Instruction following",
  long_user: "Longer query",
  multiturn: "Multi-turn",
  no_refusal: "Exclude refusals",
  no_short: "Exclude short queries",
  no_tie: "Exclude ties",
  industry_business_and_management_and_financial_operations: "Industry: business, management and finance",
  industry_entertainment_and_sports_and_media: "Industry: entertainment, sports and media",
  industry_legal_and_government: "Industry: legal and government",
  industry_life_and_physical_and_social_science: "Industry: life, physical and social science",
  industry_mathematical: "Industry: mathematical",
  industry_medicine_and_healthcare: "Industry: medicine and healthcare",
  industry_software_and_it_services: "Industry: software and IT services",
  industry_writing_and_literature_and_language: "Industry: writing, literature and language",
};

export function categoryLabel(name: string): string {
  return Object.hasOwn(LABELS, name) ? LABELS[name] : name;
}

/** A category name as a parameter: upstream's spelling (letters, digits, `_`, `.`, `-`), up to 80 characters. */
export const categoryParam = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/,
      "is not a category name (letters, digits, _ . -, up to 80 characters)",
    ),
  );

export interface CategoryInfo {
  name: string;
  label: string;
  /** Snapshots that have the category. */
  snapshots: number;
  first: string;
  last: string;
}

/** A category the board does not have. The API answers it with a 400 naming the board's categories. */
export class UnknownCategoryError extends Error {
  constructor(
    readonly board: string,
    readonly category: string,
    known: readonly string[],
    readonly param = "category",
  ) {
    const list = known.length > 12 ? `${known.slice(0, 12).join(", ")}, … (${known.length} in all)` : known.join(", ");
    super(
      `${param}: ${quoteInput(category)} is not a category of ${board}; its categories are ${list} (GET /api/v1/boards/${board}/categories)`,
    );
    this.name = "UnknownCategoryError";
  }
}
