/**
 * The Mini App's web side (Telegram Mini App opened from a web_app button): the page, the check of Telegram's
 * initData on every request, the viewer as a stored {@code Person}, errors as JSON in the viewer's language, and
 * the console's one-time demo login. Each feature serves its own API from {@code <module>.web} with this module's help.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mini App (web)", allowedDependencies = {"people", "chat"})
package vn.thiduabot.web;
