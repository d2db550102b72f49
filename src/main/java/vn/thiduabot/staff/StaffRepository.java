package vn.thiduabot.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByPhone(String normalisedPhone);

    Optional<StaffMember> findByTelegramUserId(long telegramUserId);

    List<StaffMember> findByActiveTrueOrderByFullNameAsc();

    List<StaffMember> findByFullNameContainingIgnoreCaseAndActiveTrue(String namePart);
}
