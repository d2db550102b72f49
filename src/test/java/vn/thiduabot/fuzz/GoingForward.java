package vn.thiduabot.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The diligent part of the fuzzer: what a person does who wants to get somewhere. On the newest message
 * with buttons they press the one that moves forward (submit, done, skip, pass, approve, confirm,
 * introduce...) or else the first one (a title, a category, a person); in a question they answer with
 * a small number; otherwise they start the flow this time of year is for. Without it random updates
 * never get a self-assessment submitted, let alone reviewed and approved.
 */
final class GoingForward {

    /** What the person does next: a text to send, or a button token to press. */
    record Step(String text, String token, String what) { }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ANSWERS = List.of("1", "0", "2", "1", "90", "10", "1");
    /** What each stretch of the year is for: registration, quarterly nominations, self-assessment and its review. */
    private static final List<List<String>> FLOWS = List.of(List.of("/dangky", "/totoi"), List.of("/decu", "/xetdecu", "/gioithieu"),
            List.of("/duyet", "/pheduyet", "/duyet", "/pheduyet", "/dexuat", "/bieuquyet"));

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Set<String> forwardLabels;

    GoingForward(JdbcTemplate jdbc, Random random, Set<String> forwardLabels) {
        this.jdbc = jdbc;
        this.random = random;
        this.forwardLabels = forwardLabels;
    }

    Step next(long user, int stretch, boolean teacher) {
        List<String> flow = jdbc.queryForList("select flow || '/' || coalesce(step, '') from conversation where chat_id = ? and user_id = ?"
                + " and flow is not null", String.class, user, user);
        if (!flow.isEmpty() && flow.get(0).equals("scoring-self/item") && random.nextInt(10) < 7) {
            // 0 points needs no evidence, so a diligent teacher gets through the whole sheet
            String score = random.nextInt(10) == 0 ? "1" : "0";
            return new Step(score, null, "scores " + score + " in " + flow.get(0));
        }
        Optional<JsonNode> buttons = newestButtons(user);
        if (buttons.isPresent() && random.nextInt(4) > 0) {
            JsonNode first = null;
            for (JsonNode row : buttons.get()) {
                for (JsonNode b : row) {
                    if (first == null) {
                        first = b;
                    }
                    if (forwardLabels.contains(b.path("label").asText())) {
                        return new Step(null, b.path("callbackData").asText(), "presses \"" + b.path("label").asText() + "\"");
                    }
                }
            }
            if (first != null) {
                return new Step(null, first.path("callbackData").asText(), "presses the first button \"" + first.path("label").asText() + "\"");
            }
        }
        if (!flow.isEmpty() && random.nextInt(5) > 0) {
            String answer = ANSWERS.get(random.nextInt(ANSWERS.size()));
            return new Step(answer, null, "answers " + answer + " in " + flow.get(0));
        }
        if (teacher && stretch == 2 && random.nextInt(4) > 0) {
            return new Step("/tucham", null, "starts /tucham");
        }
        List<String> choices = FLOWS.get(stretch);
        String command = choices.get(random.nextInt(choices.size()));
        return new Step(command, null, "starts " + command);
    }

    /** The inline keyboard of the newest of the last few messages to this chat that has one. */
    private Optional<JsonNode> newestButtons(long chat) {
        for (String payload : jdbc.queryForList("select payload from outbox_message where chat_id = ? order by id desc limit 3",
                String.class, chat)) {
            try {
                JsonNode rows = JSON.readTree(payload).path("inlineButtons");
                if (rows.isArray() && !rows.isEmpty()) {
                    return Optional.of(rows);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("unreadable outbox payload: " + payload, e);
            }
        }
        return Optional.empty();
    }
}
