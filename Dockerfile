# articleflow as a container: `docker compose up` builds it from this repository.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# dependencies first, as their own layer: a source change does not download them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY topics topics
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system articleflow \
 && useradd --system --gid articleflow --home-dir /app articleflow \
 && mkdir -p /app /var/lib/articleflow \
 && chown articleflow:articleflow /var/lib/articleflow
WORKDIR /app
COPY --from=build /src/target/lib/ /app/lib/
COPY --from=build /src/target/articleflow.jar /app/articleflow.jar
USER articleflow
# Kafka Streams' state stores; a volume in docker-compose.yml, so a restart does not rebuild them
VOLUME ["/var/lib/articleflow"]
# the status page, /health, /ready, /metrics and /lag (ARTICLEFLOW_HTTP_HOST=0.0.0.0 to reach them from outside)
EXPOSE 8080
ENV ARTICLEFLOW_STATE_DIR=/var/lib/articleflow \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/articleflow.jar"]
CMD ["run"]
