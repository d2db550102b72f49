package vn.thiduabot.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Where one (chat, user) is in a dialog and the draft so far; stored so a restart resumes it. */
@Entity
@Table(name = "conversation")
class Conversation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @EmbeddedId
    private Key id;

    private String flow;
    private String step;
    private String data;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Conversation() {
    }

    Conversation(long chatId, long userId, Instant now) {
        this.id = new Key(chatId, userId);
        this.updatedAt = now;
    }

    public String flow() { return flow; }
    public String step() { return step; }

    public Map<String, String> data() {
        if (data == null || data.isBlank()) {
            return new LinkedHashMap<>();
        }
        return JSON.readValue(data, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    void start(String flow, String step, Map<String, String> draft, Instant now) {
        this.flow = flow;
        this.step = step;
        setData(draft, now);
    }

    void moveTo(String step, Instant now) {
        this.step = step;
        this.updatedAt = now;
    }

    void setData(Map<String, String> draft, Instant now) {
        this.data = draft == null || draft.isEmpty() ? null : JSON.writeValueAsString(draft);
        this.updatedAt = now;
    }

    void end(Instant now) {
        this.flow = null;
        this.step = null;
        this.data = null;
        this.updatedAt = now;
    }

    @Embeddable
    public record Key(@Column(name = "chat_id") long chatId, @Column(name = "user_id") long userId) implements Serializable { }
}
