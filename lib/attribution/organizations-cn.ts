// Developers headquartered in mainland China. Same rule as the other data files: HQ when the
// models were released; for a collaboration, the lead organization.
import type { Organization } from "./schema";

export const CN_ORGANIZATIONS: Organization[] = [
  {
    slug: "alibaba", name: "Alibaba (Qwen)", country: "CN", kind: "company",
    aliases: ["Alibaba", "Alibaba Cloud", "Alibaba Group", "Qwen", "Alibaba Qwen"],
    namespaces: ["Qwen", "Alibaba-NLP"],
  },
  { slug: "01-ai", name: "01.AI (Yi)", country: "CN", kind: "company", aliases: ["01 AI", "01.AI", "01-ai"], namespaces: ["01-ai"], note: "Beijing startup founded by Kai-Fu Lee." },
  {
    slug: "zhipu-ai", name: "Zhipu AI (Z.ai)", country: "CN", kind: "company",
    aliases: ["Zhipu AI", "Zhipu", "Z.ai", "ZhipuAI"],
    namespaces: ["THUDM", "zai-org", "ZhipuAI"],
    note: "Beijing. ChatGLM/GLM weights were published under THUDM (Tsinghua KEG, Zhipu's origin and co-developer), and from 2025 under zai-org. The arena's own `Tsinghua` credit for ChatGLM is kept as a separate university entry; both are CN.",
  },
  { slug: "deepseek", name: "DeepSeek", country: "CN", kind: "company", aliases: ["DeepSeek", "DeepSeek AI", "DeepSeek-AI"], namespaces: ["deepseek-ai"], note: "Hangzhou." },
  { slug: "moonshot-ai", name: "Moonshot AI (Kimi)", country: "CN", kind: "company", aliases: ["Moonshot", "Moonshot AI"], namespaces: ["moonshotai"] },
  { slug: "minimax", name: "MiniMax", country: "CN", kind: "company", aliases: ["MiniMax", "MiniMax AI"], namespaces: ["MiniMaxAI"], note: "Shanghai." },
  { slug: "stepfun", name: "StepFun", country: "CN", kind: "company", aliases: ["StepFun"], namespaces: ["stepfun-ai"], note: "Shanghai." },
  { slug: "baidu", name: "Baidu", country: "CN", kind: "company", aliases: ["Baidu"], namespaces: ["baidu", "PaddlePaddle"] },
  { slug: "tencent", name: "Tencent", country: "CN", kind: "company", aliases: ["Tencent", "Tencent Hunyuan"], namespaces: ["tencent", "TencentARC", "Tencent-Hunyuan"] },
  {
    slug: "bytedance", name: "ByteDance", country: "CN", kind: "company",
    aliases: ["ByteDance", "ByteDance Seed"],
    namespaces: ["ByteDance", "ByteDance-Seed", "bytedance-research"],
    note: "Holding company incorporated in the Cayman Islands; operational HQ in Beijing, where Seed models are developed.",
  },
  { slug: "iflytek", name: "iFlytek", country: "CN", kind: "company", aliases: ["iFlytek"], namespaces: ["iflytek"], note: "Hefei." },
  { slug: "baichuan", name: "Baichuan Intelligence", country: "CN", kind: "company", aliases: ["Baichuan", "Baichuan AI"], namespaces: ["baichuan-inc"] },
  {
    slug: "shanghai-ai-lab", name: "Shanghai AI Laboratory (InternLM)", country: "CN", kind: "lab",
    aliases: ["Shanghai AI Lab", "Shanghai AI Laboratory", "InternLM"],
    namespaces: ["internlm", "OpenGVLab"],
  },
  {
    slug: "tsinghua", name: "Tsinghua University", country: "CN", kind: "university",
    aliases: ["Tsinghua", "Tsinghua University"],
    namespaces: [],
    note: "The arena credits ChatGLM-6B/2/3 to `Tsinghua` (the KEG lab, which trained ChatGLM jointly with Zhipu AI). The THUDM Hub namespace is registered to Zhipu AI.",
  },
  { slug: "meituan", name: "Meituan", country: "CN", kind: "company", aliases: ["Meituan"], namespaces: ["meituan-longcat"], note: "Beijing; LongCat models." },
  {
    slug: "ant-group", name: "Ant Group (inclusionAI)", country: "CN", kind: "company",
    aliases: ["Ant Group", "inclusionAI", "Ant Ling"],
    namespaces: ["inclusionAI"],
    note: "Hangzhou. Ling and Ring models are published by its inclusionAI team.",
  },
  { slug: "baai", name: "Beijing Academy of Artificial Intelligence", country: "CN", kind: "lab", aliases: ["BAAI"], namespaces: ["BAAI"] },
  {
    slug: "idea", name: "IDEA (International Digital Economy Academy)", country: "CN", kind: "lab",
    aliases: ["IDEA", "IDEA Research"],
    namespaces: ["IDEA-CCNL"],
    note: "Shenzhen research institute; CCNL publishes the Fengshenbang/Ziya models.",
  },
  {
    slug: "openchat", name: "OpenChat", country: "CN", kind: "community",
    aliases: ["OpenChat"],
    namespaces: ["openchat"],
    note: "Open-source project by Tsinghua University researchers: the OpenChat paper (ICLR 2024) lists Tsinghua affiliations for its lead authors.",
  },
  {
    slug: "rwkv", name: "RWKV", country: "CN", kind: "community", uncertain: true,
    aliases: ["RWKV", "RWKV Foundation", "BlinkDL"],
    namespaces: ["BlinkDL", "RWKV"],
    note: "Open-source project led by Bo Peng (BlinkDL), with no formal HQ of its own (it joined LF AI & Data in 2023). Placed in CN because its lead developer and the company formed to commercialise it (Yuanshi Intelligence) are based in China. Arena: RWKV-4-Raven-14B.",
  },
];
