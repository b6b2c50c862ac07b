// One look for every message the app sends: a heading, paragraphs, at most one button, a footer;
// as HTML (inline styles: mail clients drop <style>) and as plain text with the same words.
import type { Locale } from "@/lib/i18n/locales";

export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** The one thing to do, as a button; its URL is also written out for clients that block links. */
  action?: { label: string; url: string };
  /** Small print: why this came, how to stop it. */
  footer: string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const PRIMARY = "#1f4fd1";
const MUTED = "#5b6472";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMail(content: MailContent, locale: Locale): RenderedMail {
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "--",
    ...content.footer,
  ].join("\n");

  const paragraph = (p: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`;
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:${PRIMARY};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;color:${MUTED};font-size:13px;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : "";
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f9;font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC',sans-serif;color:#1a1f29">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #d5dae1;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;color:${PRIMARY};font-weight:700">Roundtable</p>
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join("\n")}
${button}
<hr style="border:none;border-top:1px solid #d5dae1;margin:24px 0 12px">
${content.footer.map((f) => `<p style="margin:0 0 6px;color:${MUTED};font-size:13px">${escapeHtml(f)}</p>`).join("\n")}
</div></body></html>`;
  return { subject: content.subject, text, html };
}
