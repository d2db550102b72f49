package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;

/** A button's record goes in and comes back whole, or not at all. */
class ButtonCodecTest {

    sealed interface CardPress extends ButtonPayload permits Decide, Show { }

    record Decide(long nominationId, int version, boolean yes) implements CardPress {
        Decide {
            if (nominationId <= 0) {
                throw new IllegalArgumentException("no such nomination");
            }
        }
    }

    record Show(long nominationId, String cardKey) implements CardPress { }

    record Open() implements ButtonPayload { }

    static final class Cards implements ButtonAction<CardPress> {
        public String action() { return "test.cards"; }
        public Class<CardPress> payloadType() { return CardPress.class; }
        public Set<Role> roles() { return Set.of(); }
        public void onPress(ChatSession s, CardPress p) { }
    }

    static class Opener implements ButtonAction<Open> {
        public String action() { return "test.open"; }
        public Class<Open> payloadType() { return Open.class; }
        public Set<Role> roles() { return Set.of(); }
        public void onPress(ChatSession s, Open p) { }
    }

    private final Cards cards = new Cards();
    private final Opener opener = new Opener();
    private final ButtonCodec codec = new ButtonCodec(List.of(cards, opener));

    @Test
    void every_kind_of_a_screens_buttons_comes_back_as_it_was_sent() {
        ButtonCodec.Encoded decide = codec.encode(new Decide(12, 3, true));
        ButtonCodec.Encoded show = codec.encode(new Show(12, "principal 2026"));

        assertThat(decide.action()).isEqualTo("test.cards");
        assertThat(codec.decode(cards, decide.payload())).contains(new Decide(12, 3, true));
        assertThat(codec.decode(cards, show.payload())).contains(new Show(12, "principal 2026"));
        assertThat(codec.decode(opener, codec.encode(new Open()).payload())).contains(new Open());
    }

    @Test
    void a_payload_written_before_the_buttons_were_typed_is_no_longer_valid() {
        assertThat(codec.decode(cards, "yes|12|3|principal")).isEmpty();
        assertThat(codec.decode(cards, "")).isEmpty();
        assertThat(codec.decode(cards, null)).isEmpty();
    }

    @Test
    void a_payload_missing_a_field_or_with_one_too_many_is_no_longer_valid() {
        assertThat(codec.decode(cards, "Decide{\"nominationId\":12,\"yes\":true}")).isEmpty();
        assertThat(codec.decode(cards, "Decide{\"nominationId\":12,\"version\":3,\"yes\":true,\"staffId\":7}")).isEmpty();
        assertThat(codec.decode(cards, "Show{\"nominationId\":12,\"cardKey\":null}")).isEmpty();
        assertThat(codec.decode(cards, "Decide{\"nominationId\":\"twelve\",\"version\":3,\"yes\":true}")).isEmpty();
        assertThat(codec.decode(cards, "Decide{\"nominationId\":12,\"version\":3,\"yes\":true}{}")).isEmpty();
    }

    @Test
    void a_payload_its_record_refuses_is_no_longer_valid() {
        assertThat(codec.decode(cards, "Decide{\"nominationId\":0,\"version\":3,\"yes\":true}")).isEmpty();
    }

    @Test
    void another_actions_record_never_reaches_this_action() {
        String opened = codec.encode(new Open()).payload();
        assertThat(codec.decode(cards, opened)).isEmpty();
        assertThat(codec.decode(opener, codec.encode(new Show(1, "k")).payload())).isEmpty();
    }

    @Test
    void a_record_no_action_handles_cannot_be_put_on_a_button() {
        record Stray(long id) implements ButtonPayload { }
        assertThatThrownBy(() -> codec.encode(new Stray(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_actions_may_not_claim_one_record() {
        Opener another = new Opener() { };
        ButtonAction<Open> twin = new ButtonAction<>() {
            public String action() { return "test.open-twice"; }
            public Class<Open> payloadType() { return Open.class; }
            public Set<Role> roles() { return Set.of(); }
            public void onPress(ChatSession s, Open p) { }
        };
        assertThatThrownBy(() -> new ButtonCodec(List.of(another, twin))).isInstanceOf(IllegalStateException.class);
    }
}
