package vn.thiduabot.web;

/** The body of every refused API request: the HTTP status, the message key and its text in the viewer's language. */
public record WebProblem(int status, String key, String message) { }
