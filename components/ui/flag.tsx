// A country key's flag as an SVG image from flag-icons (lib/core/flags.ts picks the drawing); groups without a flag
// (`other`, `unknown`) get a neutral globe so rows stay aligned. Decorative by default: the country's name is
// always written next to it. Pass `label` when the flag stands alone.
import { flagUrl } from "@/lib/core/flags";

export function Flag({ code, label, className = "" }: { code: string | null; label?: string; className?: string }) {
  const src = code === null ? null : flagUrl(code);
  const box = `inline-block h-[0.75em] w-[1em] shrink-0 align-[-0.05em] ${className}`;
  if (src === null) {
    return (
      <svg
        viewBox="0 0 20 15"
        className={`${box} text-[var(--muted)]`}
        role={label ? "img" : undefined}
        aria-label={label}
        aria-hidden={label ? undefined : true}
        data-flag={code ?? "unknown"}
      >
        <circle cx="10" cy="7.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <path
          d="M3.5 7.5h13M10 1c-2.2 2-2.2 11 0 13M10 1c2.2 2 2.2 11 0 13"
          fill="none"
          stroke="currentColor"
          strokeWidth="1"
        />
      </svg>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG; next/image adds nothing here
    <img
      src={src}
      alt={label ?? ""}
      width={20}
      height={15}
      loading="lazy"
      className={`${box} rounded-[1px] object-cover`}
      data-flag={code}
    />
  );
}
