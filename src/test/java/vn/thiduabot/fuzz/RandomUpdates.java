package vn.thiduabot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.fuzz.FuzzSchool.Person;

/**
 * Draws one update at a time: mostly what staff really do (start a flow, answer its question, press a
 * button the bot just showed them), mixed with what breaks bots (forged, foreign, expired and replayed
 * button tokens, other people's contacts, files of every size and type, stickers, group chats, long
 * texts full of emoji and control characters). Real button tokens are read from the callback_token
 * table, i.e. exactly the buttons the bot issued to that person.
 */
final class RandomUpdates {

    /** One update and a one-line description for failure reports. */
    record Drawn(Incoming incoming, Person who, String what) { }

    private static final List<String> FLOWS = List.of("/dangky", "/tucham", "/decu", "/duyet", "/pheduyet", "/xetdecu",
            "/bieuquyet", "/trangthai", "/totoi", "/lichsu", "/dexuat", "/register", "/selfscore", "/nominate");
    private static final List<String> COMMANDS = List.of("start", "trogiup", "huy", "ngonngu", "guitin", "caidat", "dangky",
            "totoi", "tongdangky", "mophieu", "tonghop", "xuat", "moima", "danhsach", "dienhinh", "gioithieu", "decu",
            "xetdecu", "tucham", "mocham", "lichsu", "pheduyet", "duyet", "trangthai", "kiemtra", "dexuat", "bieuquyet",
            "nhapds", "giaouoc", "help", "cancel", "language", "nosuchcommand", "START", "dangky@thidua_test_bot", "dangky@other_bot");
    private static final String[][] FILES = {
        {"evidence.pdf", "application/pdf"}, {"photo.jpg", "image/jpeg"}, {"scan.png", "image/png"},
        {"staff.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, {"virus.exe", "application/x-msdownload"},
        {"notes.txt", "text/plain"}, {"archive.zip", "application/zip"}, {null, null}, {"", "application/octet-stream"},
        {"../../etc/passwd", "application/pdf"}, {"very" + "long".repeat(80) + ".pdf", "application/pdf"}};

    /** Three teachers who mostly get on with their self-assessment, so that some reach review and approval... */
    private static final List<Person> DILIGENT = List.of(FuzzSchool.HUONG, FuzzSchool.MINH, FuzzSchool.TAI);
    /** ...and the people who review them: their team leader and the principal. */
    private static final List<Person> REVIEWERS = List.of(FuzzSchool.SON, FuzzSchool.HUNG);

    private final Random random;
    private final RandomText text;
    private final JdbcTemplate jdbc;
    private final List<String> pressed = new ArrayList<>();
    private final List<String> seenTokens = new ArrayList<>();
    private long nextUpdateId;

    private final GoingForward forward;
    private int stretch;

    RandomUpdates(long seed, JdbcTemplate jdbc, long firstUpdateId, java.util.Set<String> forwardLabels) {
        this.random = new Random(seed);
        this.text = new RandomText(random);
        this.jdbc = jdbc;
        this.nextUpdateId = firstUpdateId;
        this.forward = new GoingForward(jdbc, random, forwardLabels);
    }

    /** Which stretch of the year it is (0 registration, 1 nominations, 2 self-assessment): what diligent people do. */
    void stretch(int stretch) {
        this.stretch = stretch;
    }

    Random random() {
        return random;
    }

    Drawn next() {
        Person who = random.nextInt(100) < 85 ? text.pick(FuzzSchool.STAFF) : text.pick(FuzzSchool.STRANGERS);
        long id = nextUpdateId++;
        if (who.staff() && random.nextInt(100) < (DILIGENT.contains(who) || REVIEWERS.contains(who) ? 80 : 35)) {
            GoingForward.Step step = forward.next(who.telegram(), stretch, DILIGENT.contains(who));
            return step.token() != null ? press(id, who, step.token(), step.what()) : text(id, who, step.text(), step.what());
        }
        int roll = random.nextInt(100);
        if (roll < 30) {
            List<String> mine = latestTokens(who.telegram(), 6);
            if (!mine.isEmpty()) {
                String token = text.pick(mine);
                pressed.add(token);
                return press(id, who, token, "presses a real button");
            }
        }
        if (roll < 45) {
            return text(id, who, text.answer(), "answers");
        }
        if (roll < 57) {
            return text(id, who, text.pick(FLOWS), "starts a flow");
        }
        if (roll < 65) {
            return text(id, who, "/" + text.pick(COMMANDS) + " " + text.arguments(), "command with random arguments");
        }
        if (roll < 73) {
            return text(id, who, text.any(), "random text");
        }
        if (roll < 80) {
            return forgedPress(id, who);
        }
        if (roll < 85) {
            return document(id, who);
        }
        if (roll < 89) {
            return new Drawn(new Incoming(id, who.telegram(), who.telegram(), true, null, null, null, Incoming.Kind.PHOTO,
                    random.nextInt(5) == 0 ? text.any() : null, null,
                    new Incoming.Attachment("photo-" + id, null, "image/jpeg", random.nextInt(25_000_000)), null), who, "photo");
        }
        if (roll < 93) {
            return contact(id, who);
        }
        if (roll < 96) {
            return new Drawn(new Incoming(id, who.telegram(), who.telegram(), true, null, null, null, Incoming.Kind.OTHER,
                    null, null, null, null), who, "sticker/voice/location (kind OTHER)");
        }
        long group = -100_000_000_000L - random.nextInt(5);
        return new Drawn(new Incoming(id, group, who.telegram(), false, null, null, null, Incoming.Kind.TEXT,
                random.nextBoolean() ? "/dangky" : text.any(), null, null, null), who, "group chat message");
    }

    private Drawn text(long id, Person who, String t, String what) {
        return new Drawn(Incoming.text(id, who.telegram(), who.telegram(), t), who, what + ": " + shorten(t));
    }

    private Drawn press(long id, Person who, String token, String what) {
        Integer messageId = random.nextInt(10) == 0 ? null : 1 + random.nextInt(1000);
        List<String> meaning = token == null ? List.of() : jdbc.queryForList(
                "select action || ' ' || coalesce(payload, '') from callback_token where token = ?", String.class, token);
        return new Drawn(new Incoming(id, who.telegram(), who.telegram(), true, null, null, null, Incoming.Kind.CALLBACK,
                null, null, null, new Incoming.Callback("cb" + id, token, messageId)), who,
                what + ": " + shorten(token) + (meaning.isEmpty() ? "" : " = " + meaning.get(0)));
    }

    /** Where the person is in a dialog before this update, for failure reports. */
    String stateOf(Person who) {
        List<String> state = jdbc.queryForList("select coalesce(flow, '-') || '/' || coalesce(step, '-') from conversation"
                + " where chat_id = ? and user_id = ?", String.class, who.telegram(), who.telegram());
        return state.isEmpty() ? "no conversation" : "in " + state.get(0);
    }

    private Drawn forgedPress(long id, Person who) {
        int kind = random.nextInt(5);
        if (kind == 0 && !pressed.isEmpty()) {
            return press(id, who, text.pick(pressed), "presses a button again (replay)");
        }
        if (kind == 1) {
            List<String> others = jdbc.queryForList("select token from callback_token where user_id <> ? order by created_at desc limit 20",
                    String.class, who.telegram());
            if (!others.isEmpty()) {
                return press(id, who, text.pick(others), "presses a button issued to someone else");
            }
        }
        if (kind == 2 && !seenTokens.isEmpty()) {
            return press(id, who, seenTokens.get(random.nextInt(Math.min(seenTokens.size(), 50))), "presses an old (expired?) button");
        }
        if (kind == 3) {
            return press(id, who, null, "presses a button without data");
        }
        return press(id, who, text.forgedToken(), "presses a forged button");
    }

    private Drawn document(long id, Person who) {
        String[] f = FILES[random.nextInt(FILES.length)];
        long size = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(100_000);
            case 2 -> random.nextInt(20_000_000);
            default -> 20_000_000L + random.nextInt(2_000_000_000);
        };
        String caption = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> text.any();
            case 2 -> "/nhapds";
            default -> text.answer();
        };
        return new Drawn(new Incoming(id, who.telegram(), who.telegram(), true, null, null, null, Incoming.Kind.DOCUMENT,
                caption, null, new Incoming.Attachment("doc-" + id, f[0], f[1], size), null), who,
                "document " + f[0] + " (" + f[1] + ", " + size + " bytes), caption " + shorten(caption));
    }

    private Drawn contact(long id, Person who) {
        Person owner = text.pick(FuzzSchool.STAFF);
        Long contactUser;
        String what;
        if (who == FuzzSchool.KHANH && random.nextBoolean()) {
            contactUser = who.telegram();
            what = "shares their own contact";
            owner = who;
        } else {
            // someone else's card: Telegram fills in the owner's user id (or none); only one's own number carries one's own id
            contactUser = random.nextBoolean() ? null : owner.telegram() == who.telegram() ? null : owner.telegram();
            what = "shares " + owner.name() + "'s contact (user_id " + contactUser + ")";
        }
        String phone = random.nextBoolean() ? owner.phone() : "0" + owner.phone().substring(3);
        return new Drawn(new Incoming(id, who.telegram(), who.telegram(), true, null, null, null, Incoming.Kind.CONTACT, null,
                new Incoming.Contact(phone, contactUser, owner.name(), null), null, null), who, what);
    }

    /** Called when the clock jumps weeks ahead: the tokens issued so far are the "old buttons" of later presses. */
    void rememberIssuedTokens() {
        seenTokens.addAll(jdbc.queryForList("select token from callback_token order by created_at desc limit 50", String.class));
    }

    private List<String> latestTokens(long user, int n) {
        return jdbc.queryForList("select token from callback_token where user_id = ? order by created_at desc limit ?",
                String.class, user, n);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "null";
        }
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "...(" + s.length() + " chars)" : oneLine) + "\"";
    }
}
