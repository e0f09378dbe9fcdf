# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM python:3.11-bookworm AS build

WORKDIR /usr/src/app

COPY . .
RUN pip install --no-cache-dir --target=/opt/site-packages .

# python3-debian12 runs Debian's Python 3.11 on glibc 2.36, the ABI the extension was compiled for
FROM gcr.io/distroless/python3-debian12:nonroot

ENV PYTHONPATH=/opt/site-packages

WORKDIR /usr/src/app
COPY --from=build /opt/site-packages /opt/site-packages
COPY . .

CMD ["main.py"]
