import { unsubscribe } from "@/lib/notifications/mutations";
import { DomainError } from "@/lib/server/result";

// RFC 8058 one-click unsubscribe: a mail client POSTs "List-Unsubscribe=One-Click" to the URL in
// the message's List-Unsubscribe header. The signed token is the authority; it only turns emails off.
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    await unsubscribe(token);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof DomainError) return new Response(null, { status: 404 });
    throw error;
  }
}
