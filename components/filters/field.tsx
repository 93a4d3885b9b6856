"use client";
// A visible label tied to one control by id, so the control's accessible name is the label alone.
import { useId, type ReactNode } from "react";
import { labelClass } from "./styles";

export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={labelClass}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
