// Verifiable ballots (issue 15), pure and in one process: what a voter's device spends encrypting
// and proving a ballot, what the server spends verifying one, and the offline verification of a
// whole board. The browser runs the same code (lib/verifiable) on a phone's slower CPU; this is
// the bench machine's figure. A floor from the same run (one scalar multiplication) is printed
// beside, because these machines are noisy.
import { ballotContext, encryptBallot, verifyBallot } from "@/lib/verifiable/ballot";
import { verifyBoard } from "@/lib/verifiable/board";
import { encodingFor, type VerifiableMethod } from "@/lib/verifiable/encoding";
import { G, randomScalar } from "@/lib/verifiable/group";
import { rehearse } from "@/lib/verifiable/rehearse";
import { generateKeyShare } from "@/lib/verifiable/trustee";
import { summarise, time } from "./stats";

const OPTIONS = 10;
const RUNS = 10;
const BOARD_BALLOTS = Number(process.env.BENCH_BOARD_BALLOTS ?? 200);
const TARGET = 10_000;

export async function benchVerifiable(): Promise<void> {
  const floor = await time(() => G.multiply(randomScalar()), 200);
  console.log(`verifiable: floor, one scalar multiplication: ${summarise(floor)}`);
  const options = Array.from({ length: OPTIONS }, (_, i) => `brand-${i + 1}`);
  const trustees = ["ln", "jl", "hlj"].map((id) => generateKeyShare("bench", id).publicShare);
  const publicKey = trustees.reduce((sum, share) => sum.add(share));
  const context = ballotContext("bench", publicKey);
  for (const method of ["schulze", "approval"] as const satisfies VerifiableMethod[]) {
    const encoding = encodingFor(method, OPTIONS);
    const ballot = method === "schulze" ? { ranking: [...options].reverse() } : { approvals: options.slice(0, 4) };
    const encrypt = () => encryptBallot(encoding, options, context, publicKey, ballot);
    const encrypted = encrypt();
    console.log(
      `verifiable: ${method}, ${OPTIONS} options (${encoding.entries} ciphertexts, ${JSON.stringify(encrypted).length.toLocaleString("en")} bytes): ` +
        `encrypt + prove (voter's device): ${summarise(await time(encrypt, RUNS))}; ` +
        `verify (server): ${summarise(await time(() => verifyBallot(encoding, context, publicKey, encrypted), RUNS))}`,
    );
  }
  const started = performance.now();
  const { board } = rehearse({
    id: "bench-board",
    title: "bench",
    method: "approval",
    options: options.map((id) => ({ id, label: id })),
    trustees: ["ln", "jl", "hlj"].map((id) => ({ id, name: id })),
    ballots: Array.from({ length: BOARD_BALLOTS }, (_, i) => ({
      approvals: options.filter((__, k) => (i + k) % 3 === 0),
    })),
  });
  const built = performance.now() - started;
  const verifying = performance.now();
  const verified = verifyBoard(board);
  const wall = performance.now() - verifying;
  if (!verified.ok) throw new Error(verified.error);
  console.log(
    `verifiable: approval board, ${BOARD_BALLOTS} ballots x ${OPTIONS} options, 3 trustees: built (encrypt, sum, decrypt) in ${built.toFixed(0)} ms; ` +
      `full offline verification ${wall.toFixed(0)} ms (${(wall / BOARD_BALLOTS).toFixed(1)} ms per ballot; ` +
      `${TARGET.toLocaleString("en")} ballots ≈ ${(((wall / BOARD_BALLOTS) * TARGET) / 1000).toFixed(0)} s, linear)`,
  );
}
