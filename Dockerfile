# Newsroom's production image. Its steps are the npm scripts CI runs on the
# production path (tests/production/production-path.ts):
#   build stage:   npm ci, then npm run build (no database, no secret)
#   runtime stage: npm ci --omit=dev, then npm start with NODE_ENV=production
# The release step, `npm run db:migrate`, runs from the same image before the
# web processes start (compose.yaml does it as its `migrate` service).
#
#   docker build -t newsroom .
#   docker run --rm -e DATABASE_URL=… newsroom npm run db:migrate
#   docker run --rm -e DATABASE_URL=… -e SITE_URL=… -e BETTER_AUTH_SECRET=… -p 3000:3000 newsroom
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN chown node:node /app
# Not root: the build's throwaway embedded PostgreSQL (scripts/build-site.ts)
# then runs as this user, and nothing is owned by root.
USER node
# Dependencies first, so that a change to the sources reuses this layer.
# `postinstall` generates the Prisma client from the schema.
COPY --chown=node:node package.json package-lock.json prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts/generate-client.mjs ./scripts/
RUN npm ci --no-audit --no-fund
COPY --chown=node:node . .
RUN npm run build && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    MEDIA_ROOT=/var/lib/newsroom/media
WORKDIR /app
RUN chown node:node /app && mkdir -p /var/lib/newsroom/media && chown node:node /var/lib/newsroom/media
USER node
# What a deployment ships besides node_modules: keep in step with SHIPPED in
# tests/production/production-path.ts.
COPY --chown=node:node package.json package-lock.json next.config.mjs prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts/start.mjs scripts/run-built.mjs scripts/migrate.mjs scripts/generate-client.mjs ./scripts/
# next.config.mjs names them (images.loaderFile, cacheHandler, the CSP's frame-src), and Next.js loads them at start.
COPY --chown=node:node lib/content/media-image-loader.ts lib/content/embed-providers.mjs ./lib/content/
COPY --chown=node:node lib/delivery/cache-handler.mjs ./lib/delivery/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build --chown=node:node /app/.next ./.next
# Uploaded images: every web process must see the same folder.
VOLUME ["/var/lib/newsroom/media"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Refuses to start without DATABASE_URL, SITE_URL and BETTER_AUTH_SECRET.
CMD ["npm", "start"]
