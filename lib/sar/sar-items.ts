// What a subject access request gathers, as one shape for the review page, the response document
// and its JSON file: sections of items, each item a record of the partnership with its facts as
// labelled lines. An item is named by its section and its record's id (SarItemDecision).
export const sarSections = ["person", "household", "case", "note", "action", "referral", "consent", "outcome", "spend", "access"] as const;

export type SarSectionKind = (typeof sarSections)[number];

export const sarSectionLabels: Record<SarSectionKind, string> = {
  person: "Person details",
  household: "Household",
  case: "Cases",
  note: "Notes and contacts",
  action: "Actions",
  referral: "Referrals",
  consent: "Consent records",
  outcome: "Outcomes",
  spend: "Spend",
  access: "Who has accessed these records",
};

export type SarLine = { label: string; value: string };

export type SarItem = { type: SarSectionKind; id: string; title: string; lines: SarLine[] };

export type SarSection = { kind: SarSectionKind; label: string; items: SarItem[] };

export type SarWithholding = { reason: string };

export function sarItemKey(item: { type: string; id: string }): string {
  return `${item.type}:${item.id}`;
}

/** The items in their sections, every section present (an empty one says so). */
export function sectionsOf(items: SarItem[]): SarSection[] {
  return sarSections.map((kind) => ({ kind, label: sarSectionLabels[kind], items: items.filter((i) => i.type === kind) }));
}

/** A section of the response: what is disclosed, and how many items were withheld for each reason. */
export type SarResponseSection = { kind: SarSectionKind; label: string; items: SarItem[]; withheld: { reason: string; count: number }[] };

export function responseSectionsOf(items: SarItem[], withheld: ReadonlyMap<string, SarWithholding>): SarResponseSection[] {
  return sectionsOf(items).map((section) => {
    const counts = new Map<string, number>();
    for (const item of section.items) {
      const w = withheld.get(sarItemKey(item));
      if (w) counts.set(w.reason, (counts.get(w.reason) ?? 0) + 1);
    }
    return {
      ...section,
      items: section.items.filter((item) => !withheld.has(sarItemKey(item))),
      withheld: [...counts].map(([reason, count]) => ({ reason, count })),
    };
  });
}
