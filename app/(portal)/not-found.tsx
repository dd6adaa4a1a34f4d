// A signed-in page's notFound(): shown inside the portal frame (header, menu), the same in
// `next dev` and `next start`.
import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

export default function PortalNotFound() {
  return <PageNotFound />;
}
