# syntax=docker/dockerfile:1
# One image per app, all from this file:
#   docker build --target gateway   -t datagen-gateway .
#   docker build --target planner   -t datagen-planner .
#   docker build --target generator -t datagen-generator .
#   docker build --target jobs      -t datagen-jobs .
# The four targets share every layer but their last, so a node pulls the runtime once.
# Node.js 24 is the current LTS; package.json's engines (>= 20.11) allows it.

ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: compile TypeScript with the dev dependencies; only dist/ leaves this stage. ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed to compile: better-sqlite3's native module is built in the deps
# stage, the one whose node_modules ship.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

# --- deps: production dependencies only. ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 (the embedded job store) is the one production dependency whose install script
# matters: it makes its native module. `npm rebuild` runs that script alone; build_from_source
# makes it compile the SQLite source the package bundles, with this image's own Node headers
# (nodedir), instead of fetching an unverified prebuilt binary from GitHub. The compiler stays
# in this stage: the runtime copies node_modules only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Every other install script is skipped: protobufjs's only prints a version-scheme warning,
# @scarf/scarf's reports the install to its publisher.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
    && npm_config_build_from_source=true npm_config_nodedir=/usr/local npm rebuild better-sqlite3 \
    && cd node_modules/better-sqlite3 \
    && mv build/Release/better_sqlite3.node . \
    && rm -rf build deps \
    && mkdir -p build/Release \
    && mv better_sqlite3.node build/Release/ \
    && cd /app \
    && node -e "new (require('better-sqlite3'))(':memory:').close()"
# The steps after the rebuild keep only the module itself (build/Release/better_sqlite3.node,
# where the package loads it from): the compiler's objects and the SQLite source are ~25 MB it
# never reads. The last one fails the build if the module cannot load.

# --- runtime: what every app needs at run time, owned by root and read-only to the app. ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# "type": "module" in package.json is what makes node load dist/**/*.js as ES modules.
COPY package.json ./
# The gRPC servers load the .proto files at run time (libs/grpc/src/proto-files.ts finds
# /app/proto by walking up from dist/libs/grpc/src).
COPY proto ./proto
# The embedded stores' folder (jobs in SQLite, job files), the one writable place, owned by the
# app's user: a volume mounted here (docker-compose.yml's datagen-data) starts with this owner,
# where a missing folder would leave a new named volume owned by root.
RUN install -d -o 1000 -g 1000 -m 0750 /app/data
# The image's "node" user, by number, so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
# node is PID 1 and handles SIGTERM itself (NestJS shutdown hooks): exec form, no npm, no shell.

FROM runtime AS planner
ENV PLANNER_HOST=0.0.0.0 \
    PLANNER_PORT=50051
EXPOSE 50051
CMD ["node", "--enable-source-maps", "dist/services/planner/src/main.js"]

FROM runtime AS generator
ENV GENERATOR_HOST=0.0.0.0 \
    GENERATOR_PORT=50061
EXPOSE 50061
# The same V8 arguments as scripts/local-stack.ts (GENERATOR_NODE_ARGUMENTS), which says why.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=32", "--max-old-space-size=144", "dist/services/generator/src/main.js"]

FROM runtime AS jobs
ENV JOBS_HOST=0.0.0.0 \
    JOBS_PORT=50071
EXPOSE 50071
CMD ["node", "--enable-source-maps", "dist/services/jobs/src/main.js"]

# Last, so a plain `docker build .` gives the gateway.
FROM runtime AS gateway
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
# The same V8 arguments as scripts/local-stack.ts (GATEWAY_NODE_ARGUMENTS), which says why.
CMD ["node", "--enable-source-maps", "--initial-old-space-size=96", "dist/gateway/src/main.js"]
