package vn.thiduabot.chat;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConversationRepository extends JpaRepository<Conversation, Conversation.Key> {

    /** Conversations in no flow, untouched since {@code upTo} or longer (index {@code conversation_finished}, V62). */
    @Modifying
    @Query(value = "delete from conversation where flow is null and updated_at <= :upTo", nativeQuery = true)
    int deleteFinishedUpTo(@Param("upTo") Instant upTo);
}
