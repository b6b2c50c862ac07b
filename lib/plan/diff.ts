// Word-level diff between two versions of a clause (amendments, version history). Pure.
//
// Tokens: a run of letters/digits (an English word, a number, "GB"), a decimal number ("3.5",
// "1,000"), a run of spaces/tabs, a single line break, or any other single character (punctuation,
// symbols, Markdown markup). Every Chinese or Japanese character (Han, Hiragana, Katakana, Bopomofo)
// is a token of its own, since those scripts put no spaces between words. Hangul is grouped like
// Latin letters: Korean separates words by spaces.
//
// Algorithm: common prefix and suffix are stripped, then Myers' O(ND) diff runs on the tokens. Its
// cost grows with the square of the number of differences, so it gives up past MAX_EDIT_DISTANCE
// token edits; the diff then goes line by line (Myers on whole lines) and each changed block of lines
// is diffed word by word again where the remaining WORK_BUDGET allows, otherwise shown as a whole
// deletion and insertion. If even the lines differ too much, the stripped middle is one deletion and
// one insertion. Clean-up for reading: within a change, deletions come before insertions; spaces
// between two changes join them; a pure insertion/deletion slides to cover whole lines where it can.
// Always: equal + delete segments concatenate to `a`, equal + insert segments to `b`.

export type DiffSegment = { kind: "equal" | "insert" | "delete"; text: string };

/** Give up on a token-level Myers run past this many inserted + deleted tokens. */
export const MAX_EDIT_DISTANCE = 1000;
/** How far (in UTF-16 units) a pure insertion or deletion may slide to line up with whole lines. */
const MAX_SLIDE = 1000;
/** Upper bound on the Myers steps spent by one diffWords call (keeps 20,000-char texts fast). */
export const WORK_BUDGET = 4_000_000;

const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]`;
const TOKEN = new RegExp(
  String.raw`${CJK}|\p{Nd}+(?:[.,]\p{Nd}+)+|(?:(?!${CJK})[\p{L}\p{M}\p{N}_])+|[^\S\r\n]+|\r?\n|[\s\S]`,
  "gu",
);

export function tokenise(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Splits after each line break; the pieces concatenate to the text. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Budget = { remaining: number; maxEditDistance: number };
type Op = "equal" | "delete" | "insert";

/**
 * Myers' greedy algorithm on interned tokens, keeping each round's furthest-reaching x per diagonal
 * (round d in trace[d², (d+1)²)) to backtrack. Returns one op per token, or null if over the limits.
 */
function myers(a: Int32Array, b: Int32Array, budget: Budget): Op[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(budget.maxEditDistance, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  let trace = new Int32Array(64);
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    if (trace.length < (d + 1) * (d + 1)) {
      const grown = new Int32Array(Math.max(trace.length * 2, (d + 1) * (d + 1)));
      grown.set(trace);
      trace = grown;
    }
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const start = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      budget.remaining -= 1 + x - start;
      v[offset + k] = x;
      trace[d * d + d + k] = x;
      if (x >= n && y >= m) found = d;
    }
    if (found < 0 && budget.remaining < 0) return null;
  }
  if (found < 0) return null;
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const k = x - y;
    const prev = (j: number) => trace[(d - 1) * (d - 1) + (d - 1) + j] ?? 0;
    const down = k === -d || (k !== d && prev(k - 1) < prev(k + 1));
    const prevX = down ? prev(k + 1) : prev(k - 1);
    const prevY = prevX - (down ? k + 1 : k - 1);
    for (; x > prevX && y > prevY; x--, y--) ops.push("equal");
    ops.push(down ? "insert" : "delete");
    if (down) y--;
    else x--;
  }
  for (; x > 0 && y > 0; x--, y--) ops.push("equal");
  return ops.reverse();
}

/** Diffs two token lists into raw (unmerged) segments, or null if over the limits. */
function diffTokens(a: string[], b: string[], budget: Budget): DiffSegment[] | null {
  const ids = new Map<string, number>();
  const intern = (tokens: string[]) =>
    Int32Array.from(tokens, (t) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      return id;
    });
  const ops = myers(intern(a), intern(b), budget);
  if (!ops) return null;
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const text = op === "insert" ? b[j] : a[i];
    out.push({ kind: op, text: text ?? "" });
    if (op !== "insert") i++;
    if (op !== "delete") j++;
  }
  return out;
}

/** The middle part (after stripping common ends): tokens, else lines refined by tokens, else replace. */
function diffMiddle(a: string[], b: string[], budget: Budget): DiffSegment[] {
  const byTokens = diffTokens(a, b, budget);
  if (byTokens) return byTokens;
  const textA = a.join("");
  const textB = b.join("");
  const byLines = diffTokens(lines(textA), lines(textB), budget);
  if (!byLines) return replace(textA, textB);
  const out: DiffSegment[] = [];
  for (const block of merge(byLines)) {
    if (block.kind === "equal" || (block.del === textA && block.ins === textB) || !block.del || !block.ins) {
      out.push(...emit([block]));
    } else {
      out.push(...(diffTokens(tokenise(block.del), tokenise(block.ins), budget) ?? replace(block.del, block.ins)));
    }
  }
  return out;
}

const replace = (a: string, b: string): DiffSegment[] => [
  { kind: "delete", text: a },
  { kind: "insert", text: b },
];

type Block = { kind: "equal"; text: string } | { kind: "change"; del: string; ins: string };
const blankBetweenWords = /^[^\S\n]+$/;

/**
 * Groups raw segments into equal runs and change blocks (all deletions, then all insertions), and
 * folds a run of spaces between two changes into them ("the big dog" → "a small cat" reads as one
 * replacement, not three).
 */
function merge(segments: DiffSegment[]): Block[] {
  const blocks: Block[] = [];
  for (const s of segments) {
    const last = blocks[blocks.length - 1];
    if (s.kind === "equal") {
      if (last?.kind === "equal") last.text += s.text;
      else blocks.push({ kind: "equal", text: s.text });
      continue;
    }
    let change: Block & { kind: "change" };
    const beforeLast = blocks[blocks.length - 2];
    if (last?.kind === "change") change = last;
    else if (last?.kind === "equal" && blankBetweenWords.test(last.text) && beforeLast?.kind === "change") {
      blocks.pop();
      beforeLast.del += last.text;
      beforeLast.ins += last.text;
      change = beforeLast;
    } else blocks.push((change = { kind: "change", del: "", ins: "" }));
    if (s.kind === "delete") change.del += s.text;
    else change.ins += s.text;
  }
  return blocks;
}

/**
 * A pure insertion or deletion can often slide along the text with the same result ("x\n- b" after
 * "a" reads the same as "- b\n" after "a\n"); where a position exists that covers whole lines, use
 * the nearest such one. Blocks alternate with equal blocks (the first and last block are equal).
 */
function alignToLines(blocks: Block[]): Block[] {
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (block.kind !== "change" || (block.del && block.ins) || before?.kind !== "equal" || after?.kind !== "equal")
      return;
    const text = before.text + block.del + block.ins + after.text;
    const len = block.del.length + block.ins.length;
    const origin = before.text.length;
    // Whole lines, without emptying an equal block that separates this change from another.
    const aligned = (p: number) =>
      (p === 0 ? i === 1 : text[p - 1] === "\n") &&
      text[p + len - 1] === "\n" &&
      (p + len < text.length || i + 2 === blocks.length);
    if (aligned(origin)) return;
    let left = -1;
    for (let p = origin; p > 0 && origin - p < MAX_SLIDE && text[p - 1] === text[p + len - 1]; p--) {
      if (!aligned(p - 1)) continue;
      left = p - 1;
      break;
    }
    let right = -1;
    for (let p = origin; p + len < text.length && p - origin < MAX_SLIDE && text[p] === text[p + len]; p++) {
      if (left >= 0 && p + 1 - origin >= origin - left) break;
      if (!aligned(p + 1)) continue;
      right = p + 1;
      break;
    }
    const best = right >= 0 ? right : left;
    if (best < 0) return;
    before.text = text.slice(0, best);
    after.text = text.slice(best + len);
    if (block.del) block.del = text.slice(best, best + len);
    else block.ins = text.slice(best, best + len);
  });
  return blocks;
}

function emit(blocks: Block[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (kind: DiffSegment["kind"], text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) out.push({ kind, text });
  };
  for (const block of blocks) {
    if (block.kind === "equal") push("equal", block.text);
    else {
      push("delete", block.del);
      push("insert", block.ins);
    }
  }
  return out;
}

export type DiffLimits = { maxEditDistance: number; workBudget: number };
const LIMITS: DiffLimits = { maxEditDistance: MAX_EDIT_DISTANCE, workBudget: WORK_BUDGET };

/** The limits can be lowered (tests do, to exercise the fallbacks on small texts). */
export function diffWords(a: string, b: string, limits: DiffLimits = LIMITS): DiffSegment[] {
  if (a === b) return a ? [{ kind: "equal", text: a }] : [];
  const ta = tokenise(a);
  const tb = tokenise(b);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1] === tb[endB - 1]) {
    endA--;
    endB--;
  }
  const budget: Budget = { remaining: limits.workBudget, maxEditDistance: limits.maxEditDistance };
  const segments: DiffSegment[] = [
    { kind: "equal", text: ta.slice(0, start).join("") },
    ...diffMiddle(ta.slice(start, endA), tb.slice(start, endB), budget),
    { kind: "equal", text: ta.slice(endA).join("") },
  ];
  return emit(alignToLines(merge(segments)));
}
