package vn.thiduabot.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface InviteCodeRepository extends JpaRepository<InviteCode, String> {
}
