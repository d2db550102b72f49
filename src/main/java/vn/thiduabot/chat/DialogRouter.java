package vn.thiduabot.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Routes an update of a private chat, inside the intake's transaction, to the command, flow, button
 * action or input handler it is meant for, after checking the sender's stored roles.
 */
@Component
class DialogRouter {

    private static final Logger log = LoggerFactory.getLogger(DialogRouter.class);

    private final CallbackTokenRepository tokens;
    private final CommandCatalog catalog;
    private final Map<String, Flow> flows;
    private final Map<String, ButtonAction<?>> actions;
    private final ButtonCodec codec;
    private final List<InputHandler> inputHandlers;
    private final Clock clock;

    DialogRouter(CallbackTokenRepository tokens, CommandCatalog catalog, List<Flow> flows, List<ButtonAction<?>> actions,
                 ButtonCodec codec, List<InputHandler> inputHandlers, Clock clock) {
        this.tokens = tokens;
        this.catalog = catalog;
        this.flows = flows.stream().collect(Collectors.toMap(Flow::name, Function.identity()));
        this.actions = actions.stream().collect(Collectors.toMap(ButtonAction::action, Function.identity()));
        this.codec = codec;
        this.inputHandlers = inputHandlers;
        this.clock = clock;
    }

    void dispatch(ChatSession s) {
        Incoming in = s.incoming();
        switch (in.kind()) {
            case CALLBACK -> pressButton(s);
            case TEXT -> {
                if (in.text().length() > UpdateIntake.MAX_TEXT) {
                    s.reply("error.text-too-long", UpdateIntake.MAX_TEXT);
                } else if (in.text().startsWith("/")) {
                    runCommand(s, in.text());
                } else {
                    continueOrFallBack(s);
                }
            }
            case DOCUMENT, PHOTO -> {
                String caption = in.text();
                if (caption != null && caption.startsWith("/")) {
                    runCommand(s, caption);
                } else {
                    continueOrFallBack(s);
                }
            }
            default -> continueOrFallBack(s);
        }
    }

    private void runCommand(ChatSession s, String text) {
        String[] parts = text.trim().split("\\s+", 2);
        String name = parts[0].substring(1);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String args = parts.length > 1 ? parts[1].trim() : "";
        Optional<Command> command = catalog.find(name);
        if (command.isEmpty()) {
            s.reply("error.unknown-command", text.length() > 40 ? text.substring(0, 40) + "…" : text);
            return;
        }
        Command c = command.get();
        if (!allowed(s, c)) {
            return;
        }
        // A new command leaves whatever flow the user was in; saved drafts live in the features' own tables.
        if (s.flow() != null) {
            s.endFlow();
        }
        c.run(s, args);
    }

    private void continueOrFallBack(ChatSession s) {
        Flow flow = s.flow() == null ? null : flows.get(s.flow());
        if (flow != null) {
            if (allowed(s, flow)) {
                flow.onInput(s);
            } else {
                s.endFlow();
            }
            return;
        }
        if (s.flow() != null) {
            s.endFlow(); // a flow this version no longer knows
        }
        for (InputHandler handler : inputHandlers) {
            if (handler.handle(s)) {
                return;
            }
        }
        switch (s.incoming().kind()) {
            case DOCUMENT, PHOTO -> s.reply("error.unexpected-file");
            case TEXT -> s.reply(s.user().isPresent() ? "error.not-understood" : "link.stranger-hint");
            default -> s.reply("error.unsupported-message");
        }
    }

    private void pressButton(ChatSession s) {
        Incoming.Callback cb = s.incoming().callback();
        Optional<CallbackToken> token = cb.data() == null ? Optional.empty() : tokens.findById(cb.data());
        Instant now = clock.instant();
        if (token.isEmpty() || token.get().expiresAt().isBefore(now)) {
            s.alert("error.button-stale");
            return;
        }
        CallbackToken t = token.get();
        if (t.userId() != s.incoming().userId()) {
            log.warn("Update {}: a button issued to another user was pressed", s.incoming().updateId());
            s.alert("error.button-stale");
            return;
        }
        ButtonAction<?> action = actions.get(t.action());
        if (action == null) {
            s.alert("error.button-stale"); // an action this version no longer has
            return;
        }
        press(s, action, t.payload());
    }

    /** Roles first (a refused person learns nothing from the payload), then the typed payload. */
    private <P extends ButtonPayload> void press(ChatSession s, ButtonAction<P> action, String stored) {
        if (!allowed(s, action)) {
            s.alert("error.forbidden");
            return;
        }
        Optional<P> payload = codec.decode(action, stored);
        if (payload.isEmpty()) {
            log.info("Update {}: a {} button whose payload no longer decodes", s.incoming().updateId(), action.action());
            s.alert("error.button-stale");
            return;
        }
        action.onPress(s, payload.get());
    }

    /** Stored roles decide; a stranger may only link. Tells the user why when refused. */
    private boolean allowed(ChatSession s, Guarded guarded) {
        if (guarded.allows(s.user())) {
            return true;
        }
        if (s.user().isEmpty()) {
            s.message("error.not-linked").askContact("link.share-phone-button").send();
        } else {
            s.reply("error.forbidden");
        }
        return false;
    }
}
