// Notable model releases, curated: the models in the news coverage of China's "Hundred Model War" and their US and
// European peers. Each has the day it was announced and where. Shown as markers on every time chart.
import * as z from "zod/mini";
import { isoDate } from "@/lib/core/dates";

// zod/mini: the charts load this list in the browser (lib/core/dates.ts says why).
const releaseSchema = z.strictObject({
  /** Stable id (kebab-case). Never rename one. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** The day it was announced (YYYY-MM-DD). */
  date: isoDate,
  /** Short label for a chart marker (≤ 40 characters). */
  label: z.string().check(z.minLength(3), z.maxLength(40)),
  developer: z.string().check(z.minLength(2)),
  /** Country key of the developer at release. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  source: z.url({ protocol: /^https$/ }),
});
export type Release = z.output<typeof releaseSchema>;

const RAW: Release[] = [
  {
    id: "glm-4",
    date: "2024-01-16",
    label: "GLM-4",
    developer: "Zhipu AI",
    country: "CN",
    source: "https://arxiv.org/abs/2406.12793",
  },
  {
    id: "llama-3",
    date: "2024-04-18",
    label: "Llama 3",
    developer: "Meta",
    country: "US",
    source: "https://ai.meta.com/blog/meta-llama-3/",
  },
  {
    id: "deepseek-v2",
    date: "2024-05-07",
    label: "DeepSeek-V2",
    developer: "DeepSeek",
    country: "CN",
    source: "https://arxiv.org/abs/2405.04434",
  },
  {
    id: "gpt-4o",
    date: "2024-05-13",
    label: "GPT-4o",
    developer: "OpenAI",
    country: "US",
    source: "https://openai.com/index/hello-gpt-4o/",
  },
  {
    id: "yi-large",
    date: "2024-05-13",
    label: "Yi-Large",
    developer: "01.AI",
    country: "CN",
    source: "https://pandaily.cn/01-ai-releases-a-trillion-parameter-closed-source-large-model-yi-large/",
  },
  {
    id: "qwen2",
    date: "2024-06-07",
    label: "Qwen2",
    developer: "Alibaba",
    country: "CN",
    source: "https://qwenlm.github.io/blog/qwen2/",
  },
  {
    id: "claude-3-5-sonnet",
    date: "2024-06-20",
    label: "Claude 3.5 Sonnet",
    developer: "Anthropic",
    country: "US",
    source: "https://www.anthropic.com/news/claude-3-5-sonnet",
  },
  {
    id: "llama-3-1",
    date: "2024-07-23",
    label: "Llama 3.1",
    developer: "Meta",
    country: "US",
    source: "https://ai.meta.com/blog/meta-llama-3-1/",
  },
  {
    id: "mistral-large-2",
    date: "2024-07-24",
    label: "Mistral Large 2",
    developer: "Mistral AI",
    country: "FR",
    source: "https://mistral.ai/news/mistral-large-2407/",
  },
  {
    id: "deepseek-v3",
    date: "2024-12-26",
    label: "DeepSeek-V3",
    developer: "DeepSeek",
    country: "CN",
    source: "https://api-docs.deepseek.com/news/news1226",
  },
  {
    id: "deepseek-r1",
    date: "2025-01-20",
    label: "DeepSeek-R1",
    developer: "DeepSeek",
    country: "CN",
    source: "https://api-docs.deepseek.com/news/news250120",
  },
];

/** Checked once at load: a malformed entry fails every test and the build. */
export const RELEASES: readonly Release[] = z
  .array(releaseSchema)
  .check(
    z.superRefine((list, ctx) => {
      const ids = new Set<string>();
      for (const r of list) {
        if (ids.has(r.id)) ctx.addIssue({ code: "custom", message: `duplicate release id ${r.id}`, input: r.id });
        ids.add(r.id);
      }
    }),
  )
  .parse(RAW)
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
