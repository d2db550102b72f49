package vn.thiduabot.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffImportRepository extends JpaRepository<StaffImport, Long> {

    List<StaffImport> findByStatusOrderByIdAsc(StaffImport.Status status);

    boolean existsByRequestedByStaffIdAndStatus(long staffId, StaffImport.Status status);

    List<StaffImport> findByRequestedByStaffIdAndStatus(long staffId, StaffImport.Status status);
}
