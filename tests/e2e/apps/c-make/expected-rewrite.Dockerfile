# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM gcc:12-bookworm AS build

WORKDIR /usr/src/cstats
COPY . .

RUN make && make install

# a dynamically linked C program (libc, libm): the base image
FROM gcr.io/distroless/base-debian12:nonroot

WORKDIR /usr/src/cstats
COPY --from=build /usr/local/bin/cstats /usr/local/bin/cstats

CMD ["cstats", "--rows", "4"]
