# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM golang:1.19-bookworm AS build

WORKDIR /app

COPY go.mod ./
RUN go mod download

COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/wordfreq .

# CGO_ENABLED=0: a static binary, so the static image (no libc) is enough
FROM gcr.io/distroless/static-debian12:nonroot

WORKDIR /app
COPY --from=build /usr/local/bin/wordfreq /usr/local/bin/wordfreq

CMD ["wordfreq"]
