import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

// Reads the local catcher's folder for the development mailbox page: newest first.

export interface CaughtMessage {
  id: string;
  to: string;
  subject: string;
  date: Date;
  text: string;
  html: string | null;
}

const ID = /^[0-9]+-[0-9a-f-]{36}$/;
const SHOWN = 200;

export async function listCaught(dir: string): Promise<CaughtMessage[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const ids = names
    .filter((name) => name.endsWith(".eml"))
    .map((name) => name.slice(0, -4))
    .sort((a, b) => Number(b.split("-")[0]) - Number(a.split("-")[0]) || b.localeCompare(a))
    .slice(0, SHOWN);
  return (await Promise.all(ids.map((id) => readCaught(dir, id)))).filter((m) => m !== null);
}

export async function readCaught(dir: string, id: string): Promise<CaughtMessage | null> {
  if (!ID.test(id)) return null;
  const source = await fs.readFile(path.join(dir, `${id}.eml`)).catch(() => null);
  if (!source) return null;
  const parsed = await simpleParser(source);
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
  return {
    id,
    to,
    subject: parsed.subject ?? "",
    date: parsed.date ?? new Date(Number(id.split("-")[0])),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
  };
}
