package vn.thiduabot.chat;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcessedUpdateRepository extends JpaRepository<ProcessedUpdate, Long> {

    /** 1 if the update was new and is now recorded, 0 if it was recorded already (SQLite and PostgreSQL alike). */
    @Modifying
    @Query(value = "insert into processed_update (update_id, processed_at) values (:id, :at) on conflict (update_id) do nothing",
            nativeQuery = true)
    int insertIfAbsent(@Param("id") long updateId, @Param("at") Instant at);

    @Modifying
    @Query("delete from ProcessedUpdate p where p.processedAt < :before")
    int deleteProcessedBefore(@Param("before") Instant before);
}
