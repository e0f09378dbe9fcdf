# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM node:18-bookworm-slim AS build

ENV NODE_ENV=production

WORKDIR /usr/src/app

COPY package*.json .npmrc ./
RUN npm ci --omit=dev

COPY . .

FROM gcr.io/distroless/nodejs18-debian12:nonroot

ENV NODE_ENV=production

WORKDIR /usr/src/app
COPY --from=build /usr/src/app /usr/src/app

# the image's ENTRYPOINT is ["/nodejs/bin/node"]
CMD ["server.js"]
