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
# The digest's chart (issue 13) is drawn headless with Java2D: the JRE's AWT needs fontconfig (and the freetype it
# brings) and a font with Vietnamese letters; DejaVu Sans has them. The Temurin image installs fontconfig already,
# and usually DejaVu with it; both are named here so a slimmer base image cannot drop them unnoticed. Without the
# font the chart falls back to SansSerif (letters it lacks show as boxes); without fontconfig no chart is drawn and
# the digest goes as text alone.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app thidua && mkdir -p /app/data && chown thidua /app/data
COPY --from=build /src/target/thiduabot.jar /tmp/thiduabot.jar
# Start-up (issue 10; figures: README, "Start-up and memory"): the jar is extracted into /app (thiduabot.jar
# beside lib/, a plain class path the JVM can archive; `java -jar /app/thiduabot.jar` works as before) and a
# training run writes a CDS archive of every class the bot loads up to a refreshed context
# (Spring Boot's CDS support: -Dspring.context.exit=onRefresh exits before the lifecycle starts, so nothing
# polls or schedules; the token and API address are dummies). The training run uses ENTRYPOINT's flags, in a
# throw-away school folder (its output, full of CDS notes on classes it cannot archive, is shown only if it
# fails). If the archive does not match the JVM or the jar, the JVM runs without it.
RUN java -Djarmode=tools -jar /tmp/thiduabot.jar extract --destination /app --force \
    && rm /tmp/thiduabot.jar \
    && mkdir -p /tmp/training/config
COPY config /tmp/training/config
RUN cd /tmp/training \
    && TELEGRAM_BOT_TOKEN=0:training TELEGRAM_API_URL=http://127.0.0.1:9 \
       java -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
            -XX:ArchiveClassesAtExit=/app/thiduabot.jsa -Dspring.context.exit=onRefresh \
            -jar /app/thiduabot.jar --thidua.health.port=0 > /tmp/training.log 2>&1 \
       || (cat /tmp/training.log; exit 1) \
    && rm -rf /tmp/training /tmp/training.log
COPY config /app/config
USER thidua
VOLUME /app/data
# TELEGRAM_BOT_TOKEN (required) and TELEGRAM_API_URL (optional) come from the environment.
# -XX:+UseSerialGC, -Xss512k: one collector thread, small stacks. -XX:TieredStopAtLevel=1: the client compiler
# only (about half the CPU to start, about 50 MB less resident; the bot waits on Telegram and SQLite, not on
# its own code). -Xms32m: the heap starts small and grows as needed instead of taking all of -Xmx at once;
# -XX:Min/MaxHeapFreeRatio=10/30: it grows only when less than 10% is free after a collection and gives back what
# is beyond 30% (about 12 MB less resident, no slower under the benchmark's load).
# The heap's ceiling is the JVM's default (a quarter of the container's memory); e.g. -e JAVA_TOOL_OPTIONS=-Xmx256m.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1", "-Xms32m", "-XX:MinHeapFreeRatio=10", \
            "-XX:MaxHeapFreeRatio=30", "-XX:SharedArchiveFile=/app/thiduabot.jsa", "-jar", "/app/thiduabot.jar"]
