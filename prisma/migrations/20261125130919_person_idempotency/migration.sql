-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "clientRequestId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Person_clientRequestId_key" ON "Person"("clientRequestId");
