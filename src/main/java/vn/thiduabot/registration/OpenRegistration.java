package vn.thiduabot.registration;

import vn.thiduabot.chat.ButtonPayload;

/**
 * The button other features put under their messages (the registration reminder) to open /dangky
 * exactly as if the person had typed it: nothing but "open the registration", e.g.
 * {@code reply.buttonKey(label, new OpenRegistration())}. Part of the module's API; the chat side answers it.
 */
public record OpenRegistration() implements ButtonPayload { }
