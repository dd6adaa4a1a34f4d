// A person's history of changes: who changed which field, when, from what to what.
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/domain/london-time";
import { personFieldLabels, shownPersonValue } from "@/lib/people/person-fields";
import type { PersonView } from "@/lib/people/person-view";

export function PersonHistory({ history }: { history: PersonView["history"] }) {
  if (history.length === 0) {
    return (
      <section aria-labelledby="history-title" className="mb-8">
        <h2 id="history-title" className="mb-3 text-2xl font-bold">
          History of changes
        </h2>
        <p>No changes since the person was recorded.</p>
      </section>
    );
  }
  return (
    <Table caption="History of changes">
      <thead>
        <tr>
          <Th scope="col">Field</Th>
          <Th scope="col">Was</Th>
          <Th scope="col">Became</Th>
          <Th scope="col">When and who</Th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={h.id}>
            <Td>{personFieldLabels[h.field] ?? h.field}</Td>
            {h.field === "nhsNumber" ? (
              <Td colSpan={2}>Changed (NHS numbers are not kept in the history)</Td>
            ) : (
              <>
                <Td>{shownPersonValue(h.field, h.fromValue)}</Td>
                <Td>{shownPersonValue(h.field, h.toValue)}</Td>
              </>
            )}
            <Td>{`${formatDateTime(h.changedAt)} by ${h.changedBy.name}, ${h.changedBy.organisation.name}`}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
