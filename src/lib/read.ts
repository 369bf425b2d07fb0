/** Outcome of reading untrusted input: the value, or a message a person can act on. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
