package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.staff.StaffFiles.csv;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.SchoolFixture;

/**
 * The staff module says what became of a list as events (ids and values, no chat types); the chat side
 * turns them into messages in the same transaction: a list that rolls back leaves no message queued.
 */
@BotTest
@Import(StaffListEventsTest.Config.class)
@DirtiesContext // a file fetcher of its own
class StaffListEventsTest {


    static final Map<String, byte[]> UPLOADS = new ConcurrentHashMap<>();
    /** Every staff-list event, whatever the thread (the worker reads files on a thread of its own). */
    static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Config {
        @Bean
        FileFetcher testFileFetcher() {
            return (fileId, maxBytes) -> {
                byte[] content = UPLOADS.get(fileId);
                if (content == null) {
                    throw new IOException("Bad Request: file not found");
                }
                return content;
            };
        }

        @Bean
        Recorder staffListRecorder() {
            return new Recorder();
        }
    }

    static class Recorder {
        @EventListener
        void offered(StaffListOffered e) {
            EVENTS.add(e);
        }

        @EventListener
        void expired(StaffListExpired e) {
            EVENTS.add(e);
        }
    }

    static final long HUNG = 7201;   // the principal
    static final long HOA = 7202;    // secretary and admin
    static final long THU = 7203;    // secretary only

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired StaffImportRepository imports;
    @Autowired StaffImportWorker worker;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        UPLOADS.clear();
        EVENTS.clear();
        tx.executeWithoutResult(s -> {
            linked("Hà Văn Hùng", "+84912000001", HUNG, Role.PRINCIPAL);
            linked("Lò Thị Hoa", "+84912000002", HOA, Role.SECRETARY, Role.ADMIN);
            linked("Đinh Thị Thu", "+84912000003", THU, Role.SECRETARY);
            school.person("Bùi Thị Hương", "+84912000004", null, Set.of(Role.TEACHER), null);
        });
    }

    private void linked(String name, String phone, long telegram, Role... roles) {
        school.linked(name, phone, null, telegram, roles);
    }

    private void sendsFile(long user, String fileName, byte[] content) {
        String fileId = "file-" + ChatDriver.nextUpdateId();
        UPLOADS.put(fileId, content);
        chat.sendsDocument(user, "/nhapds", fileId, fileName, null, content.length);
        worker.awaitIdle();
    }

    private int queued() {
        return jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
    }

    @Test
    void a_secretary_s_list_making_a_teacher_council_member_is_offered_to_the_principal_and_the_admin() {
        sendsFile(THU, "ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));

        assertThat(EVENTS).hasSize(1);
        StaffListOffered offered = (StaffListOffered) EVENTS.get(0);
        long thu = staff.findByPhone("+84912000003").orElseThrow().getId();
        assertThat(offered.importId()).isEqualTo(imports.findAll().get(0).id());
        assertThat(offered.sender()).isEqualTo(new StaffImportService.Sender(thu, THU, THU));
        assertThat(offered.senderName()).isEqualTo("Đinh Thị Thu");
        assertThat(offered.senderConfirms()).as("a council seat is a privileged role").isFalse();
        assertThat(offered.cancelled()).isFalse();
        assertThat(offered.deciders()).extracting(Person::fullName).containsExactly("Hà Văn Hùng", "Lò Thị Hoa");
        assertThat(offered.summary()).isEqualTo(new ImportSummary(0, 1, 0, List.of(new ImportSummary.RoleChange(
                "Bùi Thị Hương", false, true, Set.of(Role.TEACHER), Set.of(Role.TEACHER, Role.COUNCIL)))));
    }

    @Test
    void a_list_waiting_seven_days_is_cancelled_with_an_event_naming_its_file_and_a_rolled_back_expiry_queues_nothing() {
        sendsFile(THU, "ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Bùi Thị Hương,0912000004,GIAO_VIEN;HOI_DONG"));
        long id = imports.findAll().get(0).id();
        Instant sent = imports.findAll().get(0).updatedAt();
        StaffImportExpiry week = new StaffImportExpiry(imports, events,
                Clock.offset(Clock.fixed(sent, ZoneOffset.UTC), Duration.ofDays(7).plusSeconds(1)), Duration.ofDays(7));
        EVENTS.clear();
        int before = queued();

        tx.executeWithoutResult(s -> {
            week.expire();
            s.setRollbackOnly();
        });
        assertThat(queued()).as("the notice went with the rolled-back expiry").isEqualTo(before);
        assertThat(imports.findAll()).allMatch(StaffImport::awaitsConfirmation);

        EVENTS.clear();
        assertThat((int) tx.execute(s -> week.expire())).isEqualTo(1);
        assertThat(EVENTS).containsExactly(new StaffListExpired(id, THU, "ds.csv", 7));
        assertThat(queued()).isEqualTo(before + 1);
    }
}
