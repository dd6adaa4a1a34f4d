-- Need-to-know inside an organisation (lib/access/need-to-know.ts): the roles an organisation
-- has chosen to give wider access (all of its cases). Organisation has no row security.
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "wideAccessRoles" "Role"[] DEFAULT ARRAY[]::"Role"[];
