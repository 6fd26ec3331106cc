# Builds and runs the Opsledger server. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
# The web UI is built by Maven with the image's npm (ui/, see ui/README.md).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/api-graphql/target/opsledger.jar /app/opsledger.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-jar", "/app/opsledger.jar"]
