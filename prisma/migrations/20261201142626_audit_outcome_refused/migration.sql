-- AlterEnum
ALTER TYPE "AuditOutcome" ADD VALUE 'REFUSED';
