package vn.thiduabot.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first. */
    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    /** Newest first, about these people. */
    List<AuditEntry> findBySubjectStaffIdInOrderByIdDesc(Collection<Long> subjects, Pageable page);

    long countBySubjectStaffIdIn(Collection<Long> subjects);
}
