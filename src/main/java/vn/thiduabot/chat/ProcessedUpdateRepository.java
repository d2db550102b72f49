package vn.thiduabot.chat;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedUpdateRepository extends JpaRepository<ProcessedUpdate, Long> {
}
