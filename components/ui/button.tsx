import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "warning";

const variants: Record<Variant, string> = {
  primary: "bg-success text-white hover:bg-[#005a30]",
  secondary: "bg-panel text-ink hover:bg-[#dbdad9]",
  warning: "bg-error text-white hover:bg-[#aa2a16]",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`inline-block cursor-pointer px-4 py-2 font-semibold shadow-[0_2px_0_#002d18] disabled:opacity-50 ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
