// `npm run db:seed`: applies migrations and loads the demo scenario (idempotent).
import { prepareDatabase } from "./support/database";

const database = await prepareDatabase({ seed: true });
await database.stop();
process.exit(0);
