// Frame of the admin pages: the sections' menu only. Each page checks the permission itself
// (layouts do not re-run on navigation).
import { AdminNav } from "@/components/admin/admin-nav";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
