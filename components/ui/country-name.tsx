// A country key as its flag (flag-icons SVG) and its English name, the way every view writes a country.
import { countryLabel } from "@/lib/core/countries";
import { Flag } from "./flag";

export function CountryName({ code, className = "" }: { code: string | null; className?: string }) {
  const key = code ?? "unknown";
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      <Flag code={key} />
      <span>{countryLabel(key)}</span>
    </span>
  );
}
