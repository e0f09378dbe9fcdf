# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM gcr.io/distroless/python3-debian12:nonroot

ENV APP_NAME=greeter
WORKDIR /srv/greeter
COPY greeter.py .

# shell form `python3 greeter.py ...` uses only words: exec form on the image's python3.11 ENTRYPOINT
CMD ["greeter.py", "--greeting", "hello", "--width", "36"]
