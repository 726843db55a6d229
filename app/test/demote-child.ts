// One "request" of the concurrency test in app/models/users.server.test.ts, in a process of its own (as two
// server processes would be): demotes one admin to lawyer and prints what the model answered.
// Usage: tsx app/test/demote-child.ts <database file> <firm id> <acting admin id> <target admin id>
export {};
const [file, firmId, actorId, targetId] = process.argv.slice(2);
process.env.DATABASE_PATH = file;
const { changeStaffRole } = await import("~/models/users.server");
process.stdout.write("ready\n");
const result = changeStaffRole({ id: actorId!, firmId: firmId! }, targetId!, "lawyer");
process.stdout.write(`${JSON.stringify(result.ok ? { ok: true } : result)}\n`);
