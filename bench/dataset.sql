-- A realistic newsroom of :stories stories: 8 sections, 300 tags, 60 authors,
-- bylines, two tags and three editor links per story, 2% drafts. Text is drawn
-- from a news vocabulary so full-text search and similarity have work to do.
INSERT INTO "Section" (id, slug, name, position)
SELECT 'section-' || i, 'section-' || i, 'Section ' || i, i FROM generate_series(1, 8) AS i;

INSERT INTO "Tag" (id, slug, name)
SELECT 'tag-' || i, 'tag-' || i, 'Tag ' || i FROM generate_series(1, 300) AS i;

INSERT INTO "Author" (id, slug, name)
SELECT 'author-' || i, 'author-' || i, 'Author ' || i FROM generate_series(1, 60) AS i;

CREATE TEMP TABLE vocabulary AS SELECT ARRAY[
  'government','minister','election','parliament','court','ruling','border','trade','tariff','economy',
  'inflation','budget','protest','police','military','ceasefire','talks','summit','treaty','sanctions',
  'energy','oil','gas','climate','flood','storm','wildfire','drought','harvest','farmers',
  'hospital','vaccine','health','school','teachers','students','university','research','science','space',
  'launch','satellite','technology','company','shares','market','bank','interest','rates','investors',
  'workers','strike','union','wages','housing','rents','city','mayor','council','transport',
  'railway','airport','port','shipping','ferry','bridge','highway','traffic','safety','report',
  'investigation','prosecutors','trial','verdict','appeal','senate','congress','president','governor','candidate',
  'campaign','vote','poll','survey','refugees','migrants','asylum','visa','embassy','diplomats',
  'navy','carrier','drones','missile','defense','alliance','security','intelligence','cyber','attack',
  'football','cup','league','coach','final','olympics','festival','film','museum','theatre',
  'Venezuela','Cuba','Mexico','Canada','Brazil','Taiwan','China','Japan','Ukraine','Russia',
  'Ireland','France','Germany','Australia','India','Havana','Caracas','Beijing','Kyiv','Washington'
] AS words;

CREATE TEMP TABLE generated AS
SELECT i,
  (SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::int], ' ')
     FROM vocabulary, generate_series(1, 8 + i % 3)) AS headline,
  (SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::int], ' ')
     FROM vocabulary, generate_series(1, 20 + i % 5)) AS dek,
  (SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::int], ' ')
     FROM vocabulary, generate_series(1, 180 + i % 40)) AS body
FROM generate_series(1, :stories) AS i;

INSERT INTO "Story" (id, slug, headline, dek, body, "bodyHtml", "bodyText", status, "publishedAt",
                     "createdAt", "updatedAt", "sectionId")
SELECT 'story-' || i, 'story-' || i, initcap(headline), dek,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object(
         'type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', body))))),
       '<p>' || body || '</p>', body,
       (CASE WHEN i % 50 = 0 THEN 'draft' ELSE 'published' END)::"StoryStatus",
       now() - i * interval '3 minutes', now() - i * interval '3 minutes', now() - i * interval '3 minutes',
       'section-' || (1 + i % 8)
FROM generated;

INSERT INTO "StoryAuthor" ("storyId", "authorId", position)
SELECT 'story-' || i, 'author-' || (1 + i % 60), 0 FROM generate_series(1, :stories) AS i;

INSERT INTO "StoryTag" ("storyId", "tagId")
SELECT 'story-' || i, 'tag-' || (1 + i % 300) FROM generate_series(1, :stories) AS i
UNION
SELECT 'story-' || i, 'tag-' || (1 + (i * 7) % 300) FROM generate_series(1, :stories) AS i;

INSERT INTO "StoryLink" ("fromStoryId", "toStoryId", position)
SELECT 'story-' || i, 'story-' || (1 + (i + step * 6) % :stories), step - 1
FROM generate_series(1, :stories) AS i, generate_series(1, 3) AS step
WHERE (1 + (i + step * 6) % :stories) <> i;

INSERT INTO "FrontPageSlot" (position, "storyId") VALUES (0, 'story-1');

ANALYZE;
