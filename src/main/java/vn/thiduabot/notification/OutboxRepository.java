package vn.thiduabot.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    java.util.Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    /**
     * What the sender may try now: the first {@code perChat} pending messages of every chat whose oldest
     * pending message is due (a chat waiting out a retry waits whole, so its order holds), chats with an
     * interactive message first, then round by round (every chat's first, then every chat's second...),
     * oldest first. One chat's long backlog therefore never holds back another chat's single message.
     * Served by the partial index {@code outbox_pending_by_chat} (V62), which holds pending rows only and
     * is already in (chat, id) order; named, because without statistics SQLite would rather take
     * {@code outbox_due} and sort.
     */
    @Query(value = """
            select o.* from outbox_message o
            join (select id,
                         row_number() over (partition by chat_id order by id) as rn,
                         first_value(not_before) over (partition by chat_id order by id) as head_not_before,
                         min(priority) over (partition by chat_id) as best
                  from outbox_message indexed by outbox_pending_by_chat where status = 'PENDING') p on p.id = o.id
            where p.rn <= :perChat and p.head_not_before <= :now
            order by p.best, p.rn, o.id
            limit :batch""", nativeQuery = true)
    List<OutboxMessage> findDue(@Param("now") Instant now, @Param("perChat") int perChat, @Param("batch") int batch);

    @Modifying
    /** Delivered rows up to then; reads only those (partial index {@code outbox_sent_at}, V62). */
    @Query(value = "delete from outbox_message indexed by outbox_sent_at where status = 'SENT' and sent_at <= :upTo", nativeQuery = true)
    int deleteSentUpTo(@Param("upTo") Instant upTo);

    List<OutboxMessage> findByChatIdOrderByIdAsc(long chatId);

    boolean existsByChatIdAndStatus(long chatId, OutboxMessage.Status status);

    long countByStatus(OutboxMessage.Status status);

    List<OutboxMessage> findByStatusOrderByIdDesc(OutboxMessage.Status status, Limit limit);
}
