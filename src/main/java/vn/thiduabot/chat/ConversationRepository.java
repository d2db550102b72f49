package vn.thiduabot.chat;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Conversation.Key> {
}
