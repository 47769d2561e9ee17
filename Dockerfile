# OpenCAC HTTP service. Build: docker build -t opencac .   Run: docker run -p 8080:8080 -v opencac-data:/data opencac
# The first start prints an admin API key once (docker logs); the model cache is built at image build time.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests \
 && OPENCAC_CACHE_DIR=/opt/opencac/cache java -jar api/target/opencac.jar index

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /data opencac && mkdir -p /data && chown opencac /data
COPY --from=build /src/api/target/opencac.jar /opt/opencac/opencac.jar
COPY --from=build --chown=opencac /opt/opencac/cache /opt/opencac/cache
# Class-data sharing archive of the classes a start loads (AppCDS): made here, by the runtime image's own JVM
# (an archive is only valid for the JVM and jar that made it; a mismatch is ignored with a warning), by coding
# one example note; the service starts with it (see ENTRYPOINT), which spares parsing and verifying them.
COPY examples/office-visit.txt /opt/opencac/office-visit.txt
RUN OPENCAC_CACHE_DIR=/opt/opencac/cache java -XX:ArchiveClassesAtExit=/opt/opencac/opencac.jsa \
      -jar /opt/opencac/opencac.jar code /opt/opencac/office-visit.txt >/dev/null \
 && chown -R opencac /opt/opencac/cache
USER opencac
ENV OPENCAC_PORT=8080 OPENCAC_HOST=0.0.0.0 OPENCAC_CACHE_DIR=/opt/opencac/cache OPENCAC_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75"
EXPOSE 8080
VOLUME /data
# Ready only once the models are loaded; /health/live would restart a container that is merely loading.
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
# exec form: SIGTERM reaches the JVM, which drains in-flight requests (OPENCAC_SHUTDOWN_TIMEOUT_MS).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/opencac/opencac.jsa", "-jar", "/opt/opencac/opencac.jar", "serve"]
