package vn.thiduabot.chat;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcessedUpdateRepository extends JpaRepository<ProcessedUpdate, Long> {

    @Modifying
    @Query("delete from ProcessedUpdate p where p.processedAt < :before")
    int deleteProcessedBefore(@Param("before") Instant before);
}
