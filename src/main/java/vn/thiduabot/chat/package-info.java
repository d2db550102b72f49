/**
 * The dialog API every feature's chat side uses: commands, flows, typed buttons, the router, conversation state and the intake of one update in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat", allowedDependencies = {"notification", "people"})
package vn.thiduabot.chat;
