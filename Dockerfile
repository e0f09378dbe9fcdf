# syntax=docker/dockerfile:1
# distill itself: built on Debian bookworm, shipped as one static binary on distroless/static, as nonroot.

FROM debian:12-slim AS build
# The build image is thrown away; pinning Debian point-release versions here would only break the build at
# the next security update.
# distill ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates cmake g++ make pkg-config nodejs npm \
       libtree-sitter-dev libfmt-dev libcli11-dev libyaml-cpp-dev nlohmann-json3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --prefix third_party/npm \
    && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDISTILL_STATIC=ON -DBUILD_TESTING=OFF \
    && cmake --build build --target distill -j "$(nproc)"

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/build/distill /usr/local/bin/distill
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/distill"]
CMD ["--help"]
