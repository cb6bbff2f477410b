# syntax=docker/dockerfile:1

# Build with the project's own Maven wrapper on a JDK. Tests run in CI, not here: the browser
# tests need Chromium, which this image does not carry.
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# The kept API description: the build generates the test client from it (see the pom).
COPY docs/api/openapi.json docs/api/openapi.json
RUN --mount=type=cache,target=/root/.m2 ./mvnw --batch-mode --no-transfer-progress -DskipTests package \
    && cp target/ml-careers-portal-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Run on a Java 25 JRE (the code is Java 17; 25 adds the ahead-of-time cache used below) as an
# unprivileged user, one image layer per Boot layer (dependencies change least).
FROM eclipse-temurin:25-jre-noble
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# C1 only and the serial collector: the quickest start and the smallest footprint for one or two
# cores (see BENCHMARKS.md); pages are served from memory, so peak compiled speed matters little.
# Set before the training run below so that the cache is made with the flags it is used with.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Ahead-of-time cache (JEP 483/514): one training start, against a throwaway in-memory database and
# stopping as soon as the context is up, records the classes loaded and linked; later starts map them.
RUN java -XX:AOTCacheOutput=application.aot -Dspring.context.exit=onRefresh -jar application.jar \
        --spring.datasource.url=jdbc:h2:mem:training
# The embedded H2 database lives in /app/data (./data relative to the working directory):
# mount a volume there so saved progress survives a new container.
RUN mkdir -p /app/data && chown portal:portal /app/data
VOLUME ["/app/data"]
USER portal
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=application.aot", "-jar", "application.jar"]
