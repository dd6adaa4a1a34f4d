// The encryption context of an outbox message's body (bound to its row).
export const outboxBodyContext = (id: string) => `outbox-body:${id}`;
