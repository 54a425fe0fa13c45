-- Readers see published stories and scheduled ones whose time has come
-- (status IN ('published', 'scheduled')). An index led by status cannot give
-- that newest-first order across two statuses, so these lead with publishedAt.

-- DropIndex
DROP INDEX "Story_sectionId_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Story_publishedAt_idx" ON "Story"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Story_sectionId_publishedAt_idx" ON "Story"("sectionId", "publishedAt" DESC);
