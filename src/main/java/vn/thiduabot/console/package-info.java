/**
 * The console transport: one simulated user on stdin and stdout, for trying the bot without a token and for demos.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console", allowedDependencies = {"chat", "notification", "staff", "web"})
package vn.thiduabot.console;
