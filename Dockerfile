# Runtime image of Bidhaa POS: the Spring Boot jar, which also serves the PWA.
#
# Build the jar first, then the image:
#   mvn -B package -DskipTests
#   docker build -t bidhaa-pos .
# or `docker compose up --build` with docker-compose.yml (PostgreSQL beside it).
#
# Without SPRING_DATASOURCE_URL the app keeps its data in an embedded H2 file database under
# /app/data (a volume): `docker run -p 8080:8080 -v bidhaa-data:/app/data bidhaa-pos`.

# Ubuntu-based Temurin image: has wget and curl for the health check.
FROM eclipse-temurin:17-jre-noble

RUN groupadd --system bidhaa \
	&& useradd --system --gid bidhaa --home-dir /app --no-create-home --shell /usr/sbin/nologin bidhaa \
	&& mkdir -p /app/data \
	&& chown bidhaa:bidhaa /app/data

WORKDIR /app
COPY backend/target/bidhaa-pos.jar /app/bidhaa-pos.jar

USER bidhaa
VOLUME ["/app/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
	CMD wget -qO- http://127.0.0.1:8080/actuator/health > /dev/null || exit 1

ENTRYPOINT ["java", "-jar", "/app/bidhaa-pos.jar"]
