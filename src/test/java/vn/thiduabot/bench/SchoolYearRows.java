package vn.thiduabot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Random;
import java.util.function.Function;

/**
 * One school year's rows for a school of {@code staff} people, written day by day straight into the
 * tables (JDBC batches), at realistic daily volumes: who registers when, the self-assessment weeks with
 * scores and evidence, the quarters' nominations, every reminder and digest the calendar sends, every
 * answer the bot gives (with its buttons' tokens and the update ids it processed), a few Excel exports.
 * The figures per person are estimates from the dialogs (e.g. about 40 messages to register, 80 to
 * self-assess 19 criteria with photos); they are stated in {@link DatabaseSizeBenchmark}'s report.
 */
final class SchoolYearRows {

    static final int TEAMS = 60;
    static final int SCORE_ITEMS = SchoolYearRecords.SCORE_ITEMS;
    static final int EVIDENCE_PER_PERSON = SchoolYearRecords.EVIDENCE_PER_PERSON;
    static final int MESSAGES_TO_REGISTER = 40;
    static final int MESSAGES_TO_SELF_ASSESS = 80;
    static final int MESSAGES_TO_REVIEW = 10;
    static final int MESSAGES_PER_NOMINATION = 15;
    static final int EVERYDAY_PEOPLE = 40;
    static final int EVERYDAY_MESSAGES = 5;
    static final int EXPORT_BYTES = 150_000;

    /** A typical answer: a step of a dialog in Vietnamese with two or three buttons (~300 characters). */
    static final String ANSWER = "Tiêu chí 3/19: Thực hiện nghiêm túc quy chế chuyên môn, soạn giảng đầy đủ, đúng tiến độ; "
            + "có sáng kiến hoặc giải pháp được Hội đồng cấp trường công nhận. Thầy cô nhập điểm tự chấm (tối đa 5 điểm) "
            + "rồi gửi minh chứng (ảnh hoặc tệp PDF).";
    static final String REMINDER = "Nhắc việc: hạn đăng ký danh hiệu thi đua năm học 2026-2027 là 15/09/2026 (còn 3 ngày). "
            + "Thầy cô chưa nộp bản đăng ký. Bấm “Đăng ký ngay” hoặc gõ /dangky để bắt đầu; bản nháp đã lưu vẫn còn nguyên.";

    private final int staff;
    private final Random random = new Random(2026);
    private final Function<Instant, Object> stamp;
    private final ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    private final String digest;
    private final String export;
    private final SchoolYearRecords records;
    private long keys;
    private long updates;
    private long rows;

    SchoolYearRows(int staff, Function<Instant, Object> stamp) {
        this.staff = staff;
        this.stamp = stamp;
        this.digest = "Tổng hợp tuần: " + "Tổ Toán - Tin: 28/30 đã đăng ký, 25/30 đã tự chấm. ".repeat(60);
        byte[] file = new byte[EXPORT_BYTES];
        random.nextBytes(file);
        this.export = java.util.Base64.getEncoder().encodeToString(file);
        this.records = new SchoolYearRecords(staff, stamp);
    }

    long rows() {
        return rows + records.rows;
    }

    /** Teams and staff, all linked to Telegram. */
    void people(Connection c, Instant at) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("insert into team(id, name) values (?, ?)");
             PreparedStatement s = c.prepareStatement("insert into staff_member(id, full_name, phone, team_id, roles, active, "
                     + "telegram_user_id, telegram_chat_id, language, linked_at, created_at, updated_at) values (?,?,?,?,?,1,?,?,'vi',?,?,?)")) {
            for (int i = 1; i <= TEAMS; i++) {
                t.setInt(1, i);
                t.setString(2, "Tổ chuyên môn số " + i);
                t.addBatch();
            }
            t.executeBatch();
            for (int i = 1; i <= staff; i++) {
                s.setInt(1, i);
                s.setString(2, "Nguyễn Thị Người Số " + i);
                s.setString(3, "+84912" + String.format("%06d", i));
                s.setInt(4, 1 + i % TEAMS);
                s.setString(5, i <= TEAMS ? "TEACHER,TEAM_LEADER" : "TEACHER");
                s.setLong(6, 700_000_000L + i);
                s.setLong(7, 700_000_000L + i);
                s.setObject(8, stamp.apply(at));
                s.setObject(9, stamp.apply(at));
                s.setObject(10, stamp.apply(at));
                s.addBatch();
            }
            s.executeBatch();
            rows += TEAMS + staff;
        }
    }

    /** Everything that happens on one day of the year. */
    void day(Connection c, LocalDate day) throws SQLException {
        Instant morning = day.atTime(8, 0).atZone(zone).toInstant();
        int dom = day.getDayOfMonth();
        Month m = day.getMonth();
        // registration: 1-15 September, a fifteenth of the school a day; reminders D-7, D-3, D-1
        if (m == Month.SEPTEMBER && dom <= 15) {
            int from = (dom - 1) * staff / 15 + 1;
            int to = dom * staff / 15;
            for (int p = from; p <= to; p++) {
                records.registration(c, p, morning);
                conversation(c, p, morning, MESSAGES_TO_REGISTER);
            }
            if (dom == 8 || dom == 12 || dom == 14) {
                bulk(c, "reg-d" + (15 - dom), to + 1, staff, morning, REMINDER);
            }
        }
        // self-assessment: 1-20 May; reviews 21-31 May; reminders D-3, D-1
        if (m == Month.MAY && dom <= 20) {
            int from = (dom - 1) * staff / 20 + 1;
            int to = dom * staff / 20;
            for (int p = from; p <= to; p++) {
                records.assessment(c, p, morning);
                conversation(c, p, morning, MESSAGES_TO_SELF_ASSESS);
            }
            if (dom == 17 || dom == 19) {
                bulk(c, "sa-d" + (20 - dom), to + 1, staff, morning, REMINDER);
            }
        }
        if (m == Month.MAY && dom > 20) {
            conversation(c, 1 + random.nextInt(TEAMS), morning, staff * MESSAGES_TO_REVIEW / 11);
        }
        // nominations: the first two weeks of each quarter's last month, a call to everyone on the 1st
        if ((m == Month.DECEMBER || m == Month.MARCH || m == Month.JUNE || m == Month.NOVEMBER) && dom <= 14) {
            if (dom == 1) {
                bulk(c, "nom-call-" + m, 1, staff, morning, REMINDER);
            }
            for (int n = 0; n < staff / 10 / 14; n++) {
                int p = 1 + random.nextInt(staff);
                records.nomination(c, p, morning);
                conversation(c, p, morning, MESSAGES_PER_NOMINATION);
            }
        }
        // the campaign's timeline notices to everyone, about eight a year
        if (dom == 5 && (m == Month.OCTOBER || m == Month.NOVEMBER || m == Month.JANUARY || m == Month.FEBRUARY
                || m == Month.MARCH || m == Month.APRIL || m == Month.JUNE || m == Month.AUGUST)) {
            bulk(c, "timeline-" + m, 1, staff, morning, REMINDER);
        }
        // Monday 07:30: the weekly digest to the secretary, the principal and three admins
        if (day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
            bulk(c, "digest-" + day, 1, 5, morning, digest);
        }
        // every day: people asking /trangthai, changing settings, reading the status
        for (int n = 0; n < EVERYDAY_PEOPLE; n++) {
            conversation(c, 1 + random.nextInt(staff), morning.plusSeconds(random.nextInt(36_000)), EVERYDAY_MESSAGES);
        }
        // Excel files for the Department: twice a week in September, October and May
        if ((m == Month.SEPTEMBER || m == Month.OCTOBER || m == Month.MAY)
                && (day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY || day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY)) {
            outbox(c, 2, morning, "Tệp tổng hợp đăng ký thi đua", "{\"kind\":\"DOCUMENT\",\"fileId\":null,\"fileName\":\"tong-hop.xlsx\","
                    + "\"base64Content\":\"" + export + "\"}", 0);
        }
    }

    /** A person's exchange with the bot: {@code messages} answers, as many updates processed, two button tokens per answer. */
    private void conversation(Connection c, int p, Instant at, int messages) throws SQLException {
        long chat = 700_000_000L + p;
        try (PreparedStatement u = c.prepareStatement("insert into processed_update(update_id, processed_at) values (?, ?)");
             PreparedStatement t = c.prepareStatement("insert into callback_token(token, chat_id, user_id, action, payload, created_at, "
                     + "expires_at) values (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < messages; i++) {
                Instant when = at.plusSeconds(i * 20L);
                u.setLong(1, ++updates);
                u.setObject(2, stamp.apply(when));
                u.addBatch();
                for (int b = 0; b < 2; b++) {
                    t.setString(1, Long.toHexString(random.nextLong()) + keys++);
                    t.setLong(2, chat);
                    t.setLong(3, chat);
                    t.setString(4, "score");
                    t.setString(5, "assessment:" + p + ":C3:" + b);
                    t.setObject(6, stamp.apply(when));
                    t.setObject(7, stamp.apply(when.plus(java.time.Duration.ofDays(60))));
                    t.addBatch();
                }
                outbox(c, p, when, ANSWER, null, 0);
            }
            u.executeBatch();
            t.executeBatch();
        }
        insert(c, "insert or replace into conversation(chat_id, user_id, flow, step, data, updated_at, version) values (?, ?, null, null, null, ?, 1)",
                chat, chat, stamp.apply(at));
        rows += messages * 3L + 1;
    }

    private void bulk(Connection c, String occurrence, int from, int to, Instant at, String text) throws SQLException {
        for (int p = from; p <= to; p++) {
            if (p % 20 == 0 && !occurrence.startsWith("digest")) {
                continue; // about one in twenty muted notices or already did the task
            }
            insert(c, "insert into reminder_delivery(occurrence_id, staff_id, delivered_at) values (?, ?, ?)", occurrence, p, stamp.apply(at));
            outbox(c, p, at.plusMillis(p * 33L), text, null, 10);
            rows++;
        }
    }

    private void outbox(Connection c, int p, Instant at, String text, String file, int priority) throws SQLException {
        long chat = 700_000_000L + p;
        String payload = "{\"chatId\":" + chat + ",\"text\":\"" + text + "\",\"inlineButtons\":[[{\"label\":\"Đăng ký ngay\",\"callbackData\":\""
                + Long.toHexString(random.nextLong()) + "\"},{\"label\":\"Để sau\",\"callbackData\":\"" + Long.toHexString(random.nextLong())
                + "\"}]],\"keyboard\":null,\"editOfKey\":null,\"editMessageId\":null,\"file\":" + file + "}";
        boolean failed = random.nextInt(300) == 0; // about 0.3%: the person blocked the bot
        insert(c, "insert into outbox_message(idempotency_key, chat_id, payload, status, attempts, not_before, last_error, created_at, sent_at, "
                        + "sent_message_id, priority) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "k" + keys++, chat, payload, failed ? "FAILED" : "SENT", failed ? 1 : 0, stamp.apply(at),
                failed ? "403 Forbidden: bot was blocked by the user" : null, stamp.apply(at), failed ? null : stamp.apply(at.plusSeconds(2)),
                failed ? null : 10_000 + keys, priority);
        rows++;
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
