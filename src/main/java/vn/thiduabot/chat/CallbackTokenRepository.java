package vn.thiduabot.chat;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallbackTokenRepository extends JpaRepository<CallbackToken, String> {

    @Modifying
    @Query("delete from CallbackToken t where t.expiresAt < :now")
    int deleteExpiredBefore(@Param("now") Instant now);
}
