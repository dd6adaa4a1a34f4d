-- NHS numbers are kept encrypted with a keyed lookup hash (lib/people/nhs-number-field.ts). The
-- application encrypts, so this migration cannot carry clear numbers across: it refuses to run on
-- a database that holds any (there is no deployment from before; a development database is
-- reloaded with `npm run db:seed -- --reset`).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Person" WHERE "nhsNumber" IS NOT NULL) THEN
    RAISE EXCEPTION 'Person rows hold NHS numbers in clear: reload the demo data (npm run db:seed -- --reset), or encrypt them before this migration';
  END IF;
END
$$;

-- DropIndex
DROP INDEX "Person_nhsNumber_idx";

-- AlterTable
ALTER TABLE "Person" DROP COLUMN "nhsNumber",
ADD COLUMN     "nhsNumberCiphertext" TEXT,
ADD COLUMN     "nhsNumberHash" TEXT;

-- CreateIndex
CREATE INDEX "Person_nhsNumberHash_idx" ON "Person"("nhsNumberHash");
