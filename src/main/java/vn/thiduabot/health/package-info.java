/**
 * The health endpoint for whoever watches the server (GET /actuator/health on 127.0.0.1): sender, polling, database, disk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health", allowedDependencies = {})
package vn.thiduabot.health;
