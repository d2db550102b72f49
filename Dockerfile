# ThiDuaBot: build with Maven, run on a JRE. The database lives in the /app/data volume.
#   docker build -t thiduabot .
#   docker run -d --name thiduabot -e TELEGRAM_BOT_TOKEN=... -v thidua-data:/app/data thiduabot
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY messages messages
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Ho_Chi_Minh
WORKDIR /app
RUN useradd --system --home /app thidua && mkdir -p /app/data && chown thidua /app/data
COPY --from=build /src/target/thiduabot.jar /app/thiduabot.jar
COPY config /app/config
USER thidua
VOLUME /app/data
# TELEGRAM_BOT_TOKEN (required) and TELEGRAM_API_URL (optional) come from the environment.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xss512k", "-jar", "/app/thiduabot.jar"]
