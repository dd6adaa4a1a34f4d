// GET /api/barriers/log.csv, /api/barriers/places/<locality>[/<neighbourhood>]/log.csv,
// /api/barriers/board.csv, /api/barriers/mine.csv — barrier lists as CSV (with the page's
// filters); /api/barriers/figures[/<locality>[/<neighbourhood>]].csv — a place's barrier figures. Checks the session itself: no session, or an unknown list or place, answers 404.
import { currentActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { exportBarrierList, type BarrierListRequest } from "@/lib/barriers/export-barrier-list";
import { exportBarrierFigures } from "@/lib/dashboards/export-barrier-figures";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

function requestOf(path: string[], params: Record<string, string>): BarrierListRequest | null {
  const joined = path.join("/");
  if (joined === "log.csv") return { list: "log", params };
  if (joined === "board.csv") return { list: "board" };
  if (joined === "mine.csv") return { list: "mine" };
  if (path[0] === "places" && path.at(-1) === "log.csv" && (path.length === 3 || path.length === 4)) {
    return { list: "log", locality: path[1], neighbourhood: path.length === 4 ? path[2] : undefined, params };
  }
  return null;
}

/** figures.csv, figures/<locality>.csv, figures/<locality>/<neighbourhood>.csv */
function figuresTarget(path: string[]): { locality?: string; neighbourhood?: string } | null {
  const last = path.at(-1) ?? "";
  if (path.length === 1) return last === "figures.csv" ? {} : null;
  if (path[0] !== "figures" || path.length > 3 || !last.endsWith(".csv")) return null;
  const slugs = [...path.slice(1, -1), last.slice(0, -".csv".length)];
  return { locality: slugs[0], neighbourhood: slugs[1] };
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const actor = await currentActor();
  if (!actor) return notFound();
  const path = (await params).path;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const figures = figuresTarget(path);
  const wanted = figures ? null : requestOf(path, query);
  if (!figures && !wanted) return notFound();
  const exported = figures
    ? await exportBarrierFigures(actor, figures, query, clientAddress(request.headers))
    : wanted && (await exportBarrierList(actor, wanted, clientAddress(request.headers)));
  if (!exported) return notFound();
  return new Response(exported.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
