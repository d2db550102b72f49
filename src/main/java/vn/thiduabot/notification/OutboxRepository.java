package vn.thiduabot.notification;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    java.util.Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    // Claiming rows to send and deleting sent ones differ by database: OutboxClaims.

    List<OutboxMessage> findByChatIdOrderByIdAsc(long chatId);

    boolean existsByChatIdAndStatus(long chatId, OutboxMessage.Status status);

    long countByStatus(OutboxMessage.Status status);

    List<OutboxMessage> findByStatusOrderByIdDesc(OutboxMessage.Status status, Limit limit);
}
