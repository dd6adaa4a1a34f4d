// An idempotency key made when the form is first shown: a second submission of the same form
// (a double click, a resend) carries the same key and creates nothing new.
export function HiddenRequestId({ value }: { value: string }) {
  return <input type="hidden" name="clientRequestId" value={value} />;
}
