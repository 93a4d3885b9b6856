// Curated exceptions to the cross-board identity rule (lib/attribution/identity.ts), each checked by hand.
// A list of HF fullnames names the arena model's twin where the two boards spell it differently; an empty list
// says the arena key must match nothing even though the rule would pair it (an ambiguous or different release).

// Left unpaired on purpose: vicuna-7b/13b/33b and wizardlm-13b/70b (the arena does not say which release it
// served, and the HF board has several), phi-3-mini-4k-instruct-june-2024 (the repo was updated in place, so the
// HF rows may predate it), dbrx-instruct-preview (a pre-release).
export const ARENA_HF_TWINS: Readonly<Record<string, readonly string[]>> = {
  // The arena's first Mistral-7B-Instruct row is v0.1; v0.2 has its own key.
  "mistral-7b-instruct": ["mistralai/Mistral-7B-Instruct-v0.1"],
  // Cohere's March 2024 Command R is published as c4ai-command-r-v01.
  "command-r": ["CohereForAI/c4ai-command-r-v01"],
  // Mistral names its open-weight releases "…-Instruct-<yymm>"; the arena drops "Instruct".
  "mistral-large-2411": ["mistralai/Mistral-Large-Instruct-2411"],
  "ministral-8b-2410": ["mistralai/Ministral-8B-Instruct-2410"],
};
