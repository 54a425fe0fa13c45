-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SectionSlugRedirect" (
    "slug" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "TagSlugRedirect" (
    "slug" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "SectionSlugRedirect_sectionId_idx" ON "SectionSlugRedirect"("sectionId");

-- CreateIndex
CREATE INDEX "TagSlugRedirect_tagId_idx" ON "TagSlugRedirect"("tagId");

-- AddForeignKey
ALTER TABLE "SectionSlugRedirect" ADD CONSTRAINT "SectionSlugRedirect_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagSlugRedirect" ADD CONSTRAINT "TagSlugRedirect_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
