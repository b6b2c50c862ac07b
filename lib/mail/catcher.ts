// The local mail catcher: a real SMTP server (the smtp-server package) that accepts every message
// and keeps it as an .eml file in a folder, where the development mailbox page reads it. `npm start`
// and the e2e server run it when no SMTP_URL is configured; tests start it on a free port.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

export async function startMailCatcher(options: { dir: string; port?: number }): Promise<MailCatcher> {
  const { dir } = options;
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "Roundtable mail catcher",
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        // Written whole, then renamed: the mailbox never reads half a message.
        const name = `${Date.now()}-${randomUUID()}`;
        const temporary = path.join(dir, `.${name}.tmp`);
        fs.writeFileSync(temporary, Buffer.concat(chunks));
        fs.renameSync(temporary, path.join(dir, `${name}.eml`));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : Number(options.port);
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
