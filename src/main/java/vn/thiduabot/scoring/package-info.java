/**
 * Self-assessment of the school year: the teacher's scores and evidence, the team leader's and the
 * council's review, the principal's approval; its services and events are the API, {@code scoring.chat}
 * is the Telegram side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment and its review",
        allowedDependencies = {"people", "chat", "campaign", "registration", "staff", "web"})
package vn.thiduabot.scoring;
