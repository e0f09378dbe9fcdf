# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM rust:1.63-bookworm AS build

WORKDIR /usr/src/primes
COPY . .

RUN cargo build --release --locked

# a Rust binary links glibc and libgcc_s: the cc image
FROM gcr.io/distroless/cc-debian12:nonroot

WORKDIR /usr/src/primes
COPY --from=build /usr/src/primes/target/release/primes ./target/release/primes

CMD ["./target/release/primes"]
