import type { Metadata } from "next";
import { SkipLink } from "@/components/ui/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Golden Thread", template: "%s – Golden Thread" },
  description: "Shared cases, places and partnerships for neighbourhood-level integrated public services.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white font-sans text-[19px] leading-snug">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
