-- CreateEnum
CREATE TYPE "SignatureKind" AS ENUM ('ENDORSEMENT', 'RESERVATION');

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "frozenById" TEXT NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSignature" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "kind" "SignatureKind" NOT NULL DEFAULT 'ENDORSEMENT',
    "statement" TEXT NOT NULL DEFAULT '',
    "hash" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_workshopId_number_key" ON "PlanVersion"("workshopId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSignature_versionId_delegationId_key" ON "PlanSignature"("versionId", "delegationId");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A frozen version never changes (signatures refer to its hash).
CREATE FUNCTION "plan_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a frozen plan version cannot be changed';
END $$;
CREATE TRIGGER "PlanVersion_immutable" BEFORE UPDATE ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION "plan_version_immutable"();
