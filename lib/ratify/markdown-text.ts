// Free text that people write in Markdown (an industry entry's rationale) as the plain text a
// printed document shows: "**regional grid**" reads "regional grid", a link reads "its text (its
// address)", list items keep their bullets or numbers, paragraphs stay apart. Parsed by marked's
// CommonMark + GFM lexer, the same grammar the Markdown export's readers use.
import { marked, type Token, type Tokens } from "marked";

export function markdownToText(markdown: string): string {
  return blocks(marked.lexer(markdown, { gfm: true }))
    .join("\n")
    .trim();
}

function blocks(tokens: Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case "space":
      case "hr":
        return [];
      case "list": {
        const list = token as Tokens.List;
        const start = typeof list.start === "number" ? list.start : 1;
        return list.items.map((item, i) => `${list.ordered ? `${start + i}.` : "•"} ${blocks(item.tokens).join(" ")}`);
      }
      case "code":
        return [(token as Tokens.Code).text];
      case "blockquote":
        return blocks((token as Tokens.Blockquote).tokens);
      default: {
        const children = (token as { tokens?: Token[] }).tokens;
        return [children ? inline(children) : decode((token as { text?: string }).text ?? token.raw)];
      }
    }
  });
}

function inline(tokens: Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "link": {
          const link = token as Tokens.Link;
          const text = inline(link.tokens);
          return text === link.href || `mailto:${text}` === link.href ? text : `${text} (${link.href})`;
        }
        case "br":
          return "\n";
        case "codespan":
          return decode((token as Tokens.Codespan).text);
        default: {
          const children = (token as { tokens?: Token[] }).tokens;
          return children ? inline(children) : decode((token as { text?: string }).text ?? token.raw);
        }
      }
    })
    .join("");
}

/** marked hands text on with the HTML escapes it made (`&amp;`, `&quot;`…): undone for print. */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
