-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "blueskyUrl" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "mastodonUrl" TEXT,
ADD COLUMN     "photoId" TEXT,
ADD COLUMN     "roleTitle" TEXT,
ADD COLUMN     "websiteUrl" TEXT,
ADD COLUMN     "xUrl" TEXT;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "caption" TEXT;

-- CreateIndex
CREATE INDEX "Author_photoId_idx" ON "Author"("photoId");

-- AddForeignKey
ALTER TABLE "Author" ADD CONSTRAINT "Author_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
