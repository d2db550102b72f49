package vn.thiduabot.staff;

import java.util.Collection;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first. */
    Slice<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    /** Newest first, about these people. */
    Slice<AuditEntry> findBySubjectStaffIdInOrderByIdDesc(Collection<Long> subjects, Pageable page);
}
