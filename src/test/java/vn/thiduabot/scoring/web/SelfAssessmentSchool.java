package vn.thiduabot.scoring.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * The people of the Mini App's self-assessment tests, in the 2023-2024 test campaign (window 03/05 to 20/05/2024): Lò
 * Thị Hoa and Sa Văn Tài teach in Toán - Tin, whose leader is Vì Văn Sơn; Hà Văn Minh is on the council. Also the
 * calls a teacher's page makes.
 */
final class SelfAssessmentSchool {

    /** Monday 6 May 2024, 08:00 in Vietnam: inside the window. */
    static final String MONDAY = "2024-05-06T01:00:00Z";
    static final long HOA = 8_201L;
    static final long TAI = 8_202L;
    static final long SON = 8_203L;
    static final long MINH = 8_204L;

    /** Every criterion of the test campaign at its maximum: 100 points. */
    static final Map<String, String> ALL_AT_MAX = Map.ofEntries(Map.entry("I.1", "5"), Map.entry("I.2", "5"), Map.entry("I.3", "5"),
            Map.entry("I.4", "5"), Map.entry("II.1", "8"), Map.entry("II.2", "8"), Map.entry("II.3", "6"), Map.entry("II.4", "10"),
            Map.entry("II.5", "4"), Map.entry("II.6", "4"), Map.entry("III.1", "6"), Map.entry("III.2", "5"), Map.entry("III.3", "4"),
            Map.entry("IV.1", "5"), Map.entry("IV.2", "5"), Map.entry("IV.3", "5"), Map.entry("V.1", "4"), Map.entry("V.2", "3"),
            Map.entry("V.3", "3"));

    final WebApp web;
    StaffMember hoa;

    SelfAssessmentSchool(SchoolFixture school, int port, Clock clock) {
        school.reset();
        Team toan = school.team("Toán - Tin");
        Team office = school.team("Văn phòng");
        hoa = school.linked("Lò Thị Hoa", "+84912000201", toan, HOA, Role.TEACHER);
        school.linked("Sa Văn Tài", "+84912000202", toan, TAI, Role.TEACHER);
        school.linked("Vì Văn Sơn", "+84912000203", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
        school.linked("Hà Văn Minh", "+84912000204", office, MINH, Role.COUNCIL, Role.SECRETARY);
        web = new WebApp(port, clock);
    }

    WebApp.Response sheet(long who) {
        return web.get("assessment", web.initData(who));
    }

    WebApp.Response score(long who, String code, String typed) {
        return web.put("assessment/items/" + code, web.initData(who), Map.of("score", typed));
    }

    WebApp.Response attach(long who, String code, String name, String mime, byte[] content) {
        return web.upload("assessment/items/" + code + "/evidence", web.initData(who), name, mime, content);
    }

    /** The page's "remove evidence" (the chat's clear); {@code query} is anything a forger adds to the address. */
    WebApp.Response clear(long who, String code, String query) {
        return web.raw(HttpRequest.newBuilder(URI.create(web.base() + "/api/app/assessment/items/" + code + "/evidence" + query))
                .header("Authorization", "tma " + web.initData(who)).DELETE().build());
    }

    WebApp.Response submit(long who) {
        return web.post("assessment/submit", web.initData(who), Map.of());
    }

    void scoreAll(long who, Map<String, String> scores) {
        scores.forEach((code, typed) -> {
            WebApp.Response r = score(who, code, typed);
            if (r.status() != 200) {
                throw new AssertionError(code + " " + typed + ": " + r.status() + " " + r.body());
            }
        });
    }
}
