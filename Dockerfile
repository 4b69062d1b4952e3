# syntax=docker/dockerfile:1
# One image per app, all from this file:
#   docker build --target gateway   -t datagen-gateway .
#   docker build --target planner   -t datagen-planner .
#   docker build --target generator -t datagen-generator .
# The three targets share every layer but their last, so a node pulls the runtime once.
# Node.js 24 is the current LTS; package.json's engines (>= 20.11) allows it.

ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: compile TypeScript with the dev dependencies; only dist/ leaves this stage. ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed to compile (better-sqlite3, a test-only native module, would
# otherwise be compiled here for nothing).
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

# --- deps: production dependencies only (none of them needs an install script). ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund --ignore-scripts

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

# Last, so a plain `docker build .` gives the gateway.
FROM runtime AS gateway
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/gateway/src/main.js"]
