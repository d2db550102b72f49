package vn.thiduabot.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    java.util.Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    List<OutboxMessage> findByStatusAndNotBeforeLessThanEqualOrderByIdAsc(OutboxMessage.Status status, Instant now, Limit limit);

    List<OutboxMessage> findByChatIdOrderByIdAsc(long chatId);

    boolean existsByChatIdAndStatus(long chatId, OutboxMessage.Status status);

    long countByStatus(OutboxMessage.Status status);

    List<OutboxMessage> findByStatusOrderByIdDesc(OutboxMessage.Status status, Limit limit);
}
