-- Related-story suggestions are computed when a story is published or saved
-- (lib/suggestions.ts) and read with the story page, instead of being ranked
-- on every render. Existing stories have none yet: the scheduler computes
-- them in the background (suggestionsRefreshedAt is null until then).

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "suggestionsRefreshedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StorySuggestion" (
    "storyId" TEXT NOT NULL,
    "suggestedId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "StorySuggestion_pkey" PRIMARY KEY ("storyId","rank")
);

-- CreateIndex
CREATE INDEX "StorySuggestion_suggestedId_idx" ON "StorySuggestion"("suggestedId");

-- CreateIndex
CREATE INDEX "Story_suggestionsRefreshedAt_idx" ON "Story"("suggestionsRefreshedAt");

-- AddForeignKey
ALTER TABLE "StorySuggestion" ADD CONSTRAINT "StorySuggestion_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorySuggestion" ADD CONSTRAINT "StorySuggestion_suggestedId_fkey" FOREIGN KEY ("suggestedId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
