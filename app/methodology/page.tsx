import type { Metadata } from "next";
import { Methodology } from "@/components/methodology/methodology";

export const metadata: Metadata = {
  title: "Methodology",
  description:
    "Sources and licences, what each rank and metric means, how models are attributed to countries, and known caveats.",
};

export default function MethodologyPage() {
  return <Methodology />;
}
