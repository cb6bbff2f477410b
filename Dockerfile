# syntax=docker/dockerfile:1

# Build with the project's own Maven wrapper on a JDK. Tests run in CI, not here: the browser
# tests need Chromium, which this image does not carry.
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw --batch-mode --no-transfer-progress -DskipTests package \
    && cp target/ml-careers-portal-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Run on a JRE as an unprivileged user, one image layer per Boot layer (dependencies change least).
FROM eclipse-temurin:17-jre-noble
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
# The embedded H2 database lives in /app/data (./data relative to the working directory):
# mount a volume there so saved progress survives a new container.
RUN mkdir -p /app/data && chown portal:portal /app/data
VOLUME ["/app/data"]
USER portal
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "application.jar"]
