# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM python:3.11-slim-bookworm AS build

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app

# our private package index: wheels/ is filled before the build (PyPI is not reachable from CI)
COPY wheels/ /wheels/
COPY requirements.txt .
RUN pip install --no-cache-dir --no-index --find-links=/wheels --target=/app/site-packages -r requirements.txt

FROM gcr.io/distroless/python3-debian12:nonroot

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app/site-packages

WORKDIR /app
COPY --from=build /app/site-packages /app/site-packages
COPY . .

# the image's ENTRYPOINT is ["/usr/bin/python3.11"]
CMD ["app.py"]
