import { create } from "qrcode";

// A QR code drawn as our own SVG elements: no HTML string, no data: URL (the Content-Security-
// Policy and our rule against injecting markup both forbid them). Pure, so it renders on the
// server as well as in the browser.

/** Light modules around the symbol, as the QR specification asks, so that scanners find it. */
const QUIET_ZONE = 4;

/**
 * The symbol for `text` (error correction M: still readable with 15% damaged, enough for a
 * projected or printed code): its side in modules, quiet zone included, and one SVG path with a
 * rectangle per horizontal run of dark modules.
 */
export function qrCodePath(text: string): { side: number; d: string } {
  const { size, data } = create(text, { errorCorrectionLevel: "M" }).modules;
  let d = "";
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const start = col;
      while (col + 1 < size && data[row * size + col + 1]) col++;
      const run = col - start + 1;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
    }
  }
  return { side: size + 2 * QUIET_ZONE, d };
}

/** `label` names the image for screen readers, e.g. "QR code linking to https://…/join?code=…". */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const { side, d } = qrCodePath(text);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-testid="join-qr"
    >
      {/* Black on white whatever the theme: scanners expect dark modules on a light ground. */}
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
