package vn.thiduabot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Random;
import java.util.function.Function;

/** The records of a school year that are kept for good: registrations, self-assessments, nominations (for {@link SchoolYearRows}). */
final class SchoolYearRecords {

    static final int TARGETS = 8;
    static final int SCORE_ITEMS = 22;
    static final int EVIDENCE_PER_PERSON = 6;

    private final int staff;
    private final Function<Instant, Object> stamp;
    private final Random random = new Random(2027);
    private long keys;
    long rows;

    SchoolYearRecords(int staff, Function<Instant, Object> stamp) {
        this.staff = staff;
        this.stamp = stamp;
    }

    void registration(Connection c, int p, Instant at) throws SQLException {
        long id = SchoolYearRows.insert(c, "insert into registration(staff_id, school_year, title_code, form_answered, form_code, has_initiative, "
                + "initiative_title, status, submitted_at, created_at, updated_at) values (?, '2026-2027', 'CSTDCS', 1, 'GK_HT', 1, "
                + "'Ứng dụng bản đồ tư duy trong dạy học môn Toán lớp 10', 'SUBMITTED', ?, ?, ?)", p, stamp.apply(at), stamp.apply(at),
                stamp.apply(at));
        try (PreparedStatement a = c.prepareStatement("insert into registration_answer(registration_id, target_code, value_text) values (?,?,?)")) {
            for (int t = 1; t <= TARGETS; t++) {
                a.setLong(1, id);
                a.setString(2, "T" + t);
                a.setString(3, "Đạt 100% kế hoạch; tỉ lệ học sinh khá giỏi từ 60% trở lên");
                a.addBatch();
            }
            a.executeBatch();
        }
        SchoolYearRows.insert(c, "insert into registration_history(registration_id, action, from_status, to_status, by_staff_id, at) "
                + "values (?, 'SUBMIT', 'DRAFT', 'SUBMITTED', ?, ?)", id, p, stamp.apply(at));
        rows += 2 + TARGETS;
    }

    void assessment(Connection c, int p, Instant at) throws SQLException {
        long id = SchoolYearRows.insert(c, "insert into self_assessment(staff_id, school_year, team_name, status, current_item, approval_round, "
                + "final_score, final_band_code, final_band_name, submitted_at, decided_at, created_at, updated_at) values "
                + "(?, '2026-2027', 'Tổ Toán - Tin', 'APPROVED', 22, 1, '92.5', 'XS', 'Hoàn thành xuất sắc', ?, ?, ?, ?)",
                p, stamp.apply(at), stamp.apply(at), stamp.apply(at), stamp.apply(at));
        try (PreparedStatement s = c.prepareStatement("insert into assessment_score(assessment_id, item_code, self_score, council_score, "
                + "council_reason, council_by, updated_at) values (?,?,?,?,?,?,?)");
             PreparedStatement e = c.prepareStatement("insert into assessment_evidence(assessment_id, item_code, telegram_file_id, "
                     + "file_name, mime_type, size_bytes, kind, uploaded_at) values (?,?,?,?,?,?,?,?)");
             PreparedStatement v = c.prepareStatement("insert into assessment_event(assessment_id, action, from_status, to_status, "
                     + "actor_staff_id, at, total) values (?,?,?,?,?,?,?)")) {
            for (int i = 1; i <= SCORE_ITEMS; i++) {
                s.setLong(1, id);
                s.setString(2, "C" + i);
                s.setString(3, "4.5");
                s.setString(4, i % 7 == 0 ? "4" : "4.5");
                s.setString(5, i % 7 == 0 ? "Minh chứng chưa thể hiện đủ số tiết dự giờ theo quy định" : null);
                s.setObject(6, i % 7 == 0 ? 3 : null);
                s.setObject(7, stamp.apply(at));
                s.addBatch();
            }
            s.executeBatch();
            for (int i = 1; i <= EVIDENCE_PER_PERSON; i++) {
                e.setLong(1, id);
                e.setString(2, "C" + i);
                e.setString(3, "AgACAgUAAxkBAAIBp2Zq" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
                        + "AAQIAA3kAAzUE");
                e.setString(4, i % 2 == 0 ? "minh-chung-" + i + ".pdf" : null);
                e.setString(5, i % 2 == 0 ? "application/pdf" : "image/jpeg");
                e.setInt(6, 200_000 + random.nextInt(800_000));
                e.setString(7, i % 2 == 0 ? "DOCUMENT" : "PHOTO");
                e.setObject(8, stamp.apply(at));
                e.addBatch();
            }
            e.executeBatch();
            String[][] steps = {{"START", null, "DRAFT"}, {"SUBMIT", "DRAFT", "SUBMITTED"}, {"TEAM_REVIEW", "SUBMITTED", "TEAM_REVIEWED"},
                    {"PASS", "TEAM_REVIEWED", "REVIEWED"}, {"APPROVE", "REVIEWED", "APPROVED"}};
            for (String[] step : steps) {
                v.setLong(1, id);
                v.setString(2, step[0]);
                v.setString(3, step[1]);
                v.setString(4, step[2]);
                v.setInt(5, p);
                v.setObject(6, stamp.apply(at));
                v.setString(7, "92.5");
                v.addBatch();
            }
            v.executeBatch();
        }
        rows += 1 + SCORE_ITEMS + EVIDENCE_PER_PERSON + 5;
    }

    void nomination(Connection c, int p, Instant at) throws SQLException {
        long id = SchoolYearRows.insert(c, "insert into nomination(school_year, quarter, nominator_staff_id, nominator_team, nominee_kind, nominee_staff_id, "
                + "nominee_name, nominee_key, category, achievement, status, created_at, updated_at, submitted_at) values ('2026-2027', ?, ?, "
                + "'Tổ Ngữ văn', 'STAFF', ?, 'Trần Văn Bình', ?, 'EXEMPLAR', ?, 'INTRODUCED', ?, ?, ?)",
                "Q" + (keys % 4 + 1) + "-" + p, p, 1 + random.nextInt(staff), "staff:" + keys, "Giúp đỡ học sinh có hoàn cảnh khó khăn; "
                        + "tổ chức câu lạc bộ đọc sách cho học sinh khối 6 suốt năm học.", stamp.apply(at), stamp.apply(at), stamp.apply(at));
        keys++;
        for (int i = 0; i < 2; i++) {
            SchoolYearRows.insert(c, "insert into nomination_evidence(nomination_id, file_id, file_name, mime_type, size_bytes, kind, created_at) "
                    + "values (?, ?, 'anh.jpg', 'image/jpeg', 350000, 'PHOTO', ?)", id, "AgACAgUAAxkBAAIC" + random.nextLong(), stamp.apply(at));
        }
        for (int i = 0; i < 4; i++) {
            SchoolYearRows.insert(c, "insert into nomination_event(nomination_id, from_status, to_status, actor_staff_id, happened_at) values (?, 'A', 'B', ?, ?)",
                    id, p, stamp.apply(at));
        }
        rows += 7;
    }

}
