"use client";

// Last resort when the root layout itself fails: no translations can be loaded, so both languages.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ fontFamily: "system-ui", padding: "2rem" }}>
          <h1>Something went wrong · 出现错误</h1>
          <button type="button" onClick={reset}>
            Try again · 重试
          </button>
        </main>
      </body>
    </html>
  );
}
