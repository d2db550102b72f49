package vn.thiduabot.chat;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackTokenRepository extends JpaRepository<CallbackToken, String> {
}
