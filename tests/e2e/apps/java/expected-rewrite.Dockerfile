# Reference only: the rewrite distill is expected to produce (run-e2e.sh uses it with DISTILL_E2E_USE_EXPECTED=1).
FROM eclipse-temurin:17-jdk AS build

WORKDIR /app

COPY src ./src
RUN mkdir -p build/classes \
    && javac --release 17 -d build/classes $(find src/main/java -name '*.java') \
    && cp -r src/main/resources/. build/classes/ \
    && jar --create --file app.jar --main-class com.example.inventory.Main -C build/classes .

FROM gcr.io/distroless/java17-debian12:nonroot

WORKDIR /app
COPY --from=build /app/app.jar /app/app.jar

# the image's ENTRYPOINT is ["/usr/bin/java", "-jar"]
CMD ["app.jar"]
