# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM node:18-bookworm-slim AS build

WORKDIR /home/node/app

COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev

COPY . .

FROM gcr.io/distroless/nodejs18-debian12:nonroot

WORKDIR /home/node/app
COPY --from=build /home/node/app /home/node/app

# `npm start` is `node src/index.js` in package.json; the image's ENTRYPOINT is ["/nodejs/bin/node"].
# USER node (uid 1000) does not exist here: the image's nonroot user (65532) runs the app.
CMD ["src/index.js"]
