# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
# Nothing is installed, so there is nothing to build: the runtime stage alone.
FROM gcr.io/distroless/python3-debian12:nonroot

ENV PYTHONUNBUFFERED=1

WORKDIR /app
COPY . .

# the image's ENTRYPOINT is ["/usr/bin/python3.11"]
CMD ["report.py"]
