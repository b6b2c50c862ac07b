import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe("Markdown", () => {
  it("renders the supported subset", () => {
    expect(html("# Title\n\nSome **bold** and *italic* with `code`.\n- one\n- two")).toBe(
      '<div class="markdown"><h3>Title</h3><p>Some <strong>bold</strong> and <em>italic</em> with <code>code</code>.</p><ul><li>one</li><li>two</li></ul></div>',
    );
  });

  it("never lets HTML or script URLs through", () => {
    const out = html('<img src=x onerror="alert(1)"> [click](javascript:alert(1)) [ok](https://example.org/a)');
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img");
    expect(out).not.toContain("javascript:");
    expect(out).toContain('href="https://example.org/a"');
  });

  it("keeps Chinese text and line breaks", () => {
    expect(html("长春为核心\n第二行")).toBe('<div class="markdown"><p>长春为核心<br/>第二行</p></div>');
  });
});
